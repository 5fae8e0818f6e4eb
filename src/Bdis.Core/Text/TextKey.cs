using System.Globalization;
using System.Text;

namespace Bdis.Core.Text;

/// <summary>Accent-, case- and punctuation-insensitive keys, for matching labels, headers and names typed by people.</summary>
public static class TextKey
{
    /// <summary>"Épicerie  Solidaire d'Aix" → "epicerie solidaire d aix".</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                pendingSpace = false;
                sb.Append(FoldLigature(char.ToLowerInvariant(c), sb));
            }
            else
            {
                pendingSpace = true;
            }
        }

        return sb.ToString();
    }

    /// <summary>Removes diacritics but keeps case and punctuation: "Bâtiment Œuvre" → "Batiment OEuvre".</summary>
    public static string RemoveDiacritics(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            switch (c)
            {
                case 'œ': sb.Append("oe"); break;
                case 'Œ': sb.Append("OE"); break;
                case 'æ': sb.Append("ae"); break;
                case 'Æ': sb.Append("AE"); break;
                default: sb.Append(c); break;
            }
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    private static char FoldLigature(char c, StringBuilder sb)
    {
        switch (c)
        {
            case 'œ':
                sb.Append('o');
                return 'e';
            case 'æ':
                sb.Append('a');
                return 'e';
            default:
                return c;
        }
    }
}
