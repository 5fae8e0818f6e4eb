using Bdis.Core.Text;

namespace Bdis.Core.Initiatives;

/// <summary>URL-safe slugs derived from a name: "L'Épicerie Solidaire" → "l-epicerie-solidaire".</summary>
public static class Slug
{
    public const int MaxLength = 80;

    public static string FromName(string name)
    {
        var words = TextKey.Normalize(name).Replace(' ', '-');
        if (words.Length > MaxLength)
        {
            words = words[..MaxLength].TrimEnd('-');
            var lastDash = words.LastIndexOf('-');
            if (lastDash > MaxLength / 2)
            {
                words = words[..lastDash];
            }
        }

        return words.Length == 0 ? "initiative" : words;
    }

    /// <summary>The first of "base", "base-2", "base-3"… that <paramref name="isTaken"/> refuses.</summary>
    public static string Unique(string baseSlug, Func<string, bool> isTaken)
    {
        if (!isTaken(baseSlug))
        {
            return baseSlug;
        }

        for (var n = 2; ; n++)
        {
            var candidate = $"{baseSlug}-{n}";
            if (!isTaken(candidate))
            {
                return candidate;
            }
        }
    }

    public static bool IsWellFormed(string? slug) =>
        !string.IsNullOrEmpty(slug) && slug.Length <= MaxLength + 8
        && slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        && slug[0] != '-' && slug[^1] != '-';
}
