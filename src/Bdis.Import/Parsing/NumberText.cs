using System.Globalization;

namespace Bdis.Import.Parsing;

/// <summary>Numbers as spreadsheets write them: "43,5297" (French decimal comma) or "43.5297", maybe with spaces.</summary>
public static class NumberText
{
    public static bool TryParse(ReadOnlySpan<char> text, out double value)
    {
        text = text.Trim();
        value = 0;
        if (text.IsEmpty || text.Length > 40)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[text.Length];
        var length = 0;
        var commas = 0;
        var points = 0;
        foreach (var c in text)
        {
            if (c is ' ' or '\u00A0' or '\u202F')
            {
                continue;
            }

            commas += c == ',' ? 1 : 0;
            points += c == '.' ? 1 : 0;
            buffer[length++] = c == '\u2212' ? '-' : c;
        }

        if (commas > 1 || (commas == 1 && points > 0) || points > 1)
        {
            return false;
        }

        var normalized = buffer[..length];
        if (commas == 1)
        {
            normalized[normalized.IndexOf(',')] = '.';
        }

        return double.TryParse(normalized, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                   CultureInfo.InvariantCulture, out value)
               && double.IsFinite(value);
    }
}
