using Bdis.Core.Text;
using Bdis.Core.Themes;
using Bdis.Import.Mapping;

namespace Bdis.Import.Parsing;

/// <summary>
/// Turns a network's category cell ("Épicerie solidaire, AMAP / Vélo") into theme codes: the mapping file's labels
/// first, then the referential's own labels; whatever matches nothing becomes a tag, so nothing is lost.
/// </summary>
public sealed class CategoryMatcher
{
    private const int CacheLimit = 20_000;
    // A comma separates less surely than these: some labels hold one ("Ressourcerie, recyclerie").
    private static readonly char[] Separators = [';', '|', '/', '\n', '\r', '•', '+'];

    // "AMAP - Tiers-lieu": a spaced dash separates only when every side is a known label ("Culture - Loisirs" may be
    // a network's own label, kept whole).
    private static readonly string[] Dashes = [" - ", " – ", " — "];

    private readonly ThemeReferential _themes;
    private readonly Dictionary<string, List<string>> _profileLabels;
    private readonly Dictionary<string, CategoryMatch> _cache = new(StringComparer.Ordinal);

    public CategoryMatcher(ThemeReferential themes, ImportProfile profile)
    {
        _themes = themes;
        _profileLabels = profile.Categories.ToDictionary(kv => TextKey.Normalize(kv.Key), kv => kv.Value, StringComparer.Ordinal);
    }

    public CategoryMatch Match(string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell))
        {
            return CategoryMatch.Empty;
        }

        if (_cache.TryGetValue(cell, out var cached))
        {
            return cached;
        }

        var themes = new List<string>();
        var unknown = new List<string>();
        if (!TryLabel(cell, themes))
        {
            foreach (var chunk in cell.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (TryLabel(chunk, themes))
                {
                    continue;
                }

                foreach (var part in chunk.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (!TryLabel(part, themes) && !TryEveryLabel(part.Split(Dashes, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), themes)
                        && TextKey.Normalize(part).Length > 0)
                    {
                        unknown.Add(part);
                    }
                }
            }
        }

        var match = new CategoryMatch(themes.Distinct(StringComparer.Ordinal).ToArray(), unknown.Distinct(StringComparer.OrdinalIgnoreCase).ToArray());
        if (_cache.Count < CacheLimit)
        {
            _cache[cell] = match;
        }

        return match;
    }

    /// <summary>Adds the themes of every label, only when there are several and each one is known.</summary>
    private bool TryEveryLabel(string[] labels, List<string> themes)
    {
        if (labels.Length < 2)
        {
            return false;
        }

        var found = new List<string>();
        if (!labels.All(label => TryLabel(label, found)))
        {
            return false;
        }

        themes.AddRange(found);
        return true;
    }

    private bool TryLabel(string label, List<string> themes)
    {
        var key = TextKey.Normalize(label);
        if (key.Length == 0)
        {
            return false;
        }

        if (_profileLabels.TryGetValue(key, out var codes))
        {
            themes.AddRange(codes.Select(c => c.Trim().ToLowerInvariant()));
            return true;
        }

        if (_themes.MatchLabel(label) is { } theme)
        {
            themes.Add(theme.Code);
            return true;
        }

        return false;
    }
}
