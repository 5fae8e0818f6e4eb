using Bdis.Search.Analysis;

namespace Bdis.Search.Querying;

/// <summary>
/// Query-time synonyms from <c>data/search/synonyms.txt</c>: one group per line, variants separated by commas
/// ("ressourcerie, recyclerie"); '#' starts a comment. Variants are compared as folded word sequences, so
/// "tiers-lieu" and "tiers lieu" are the same variant.
/// </summary>
public sealed class SynonymSet
{
    private readonly List<string[][]> _groups;

    public SynonymSet(IEnumerable<string> lines)
    {
        _groups = [];
        foreach (var raw in lines)
        {
            var line = raw.Split('#')[0];
            var variants = line.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(v => Tokens.Of(FrenchAnalysis.Folded, v).Select(t => t.Term).ToArray())
                .Where(v => v.Length > 0)
                .DistinctBy(v => string.Join(' ', v))
                .ToArray();
            if (variants.Length > 1)
            {
                _groups.Add(variants);
            }
        }
    }

    public static SynonymSet Empty { get; } = new([]);

    public int GroupCount => _groups.Count;

    public static SynonymSet Load(string dataFolder)
    {
        var path = Path.Combine(dataFolder, "search", "synonyms.txt");
        return File.Exists(path) ? new SynonymSet(File.ReadLines(path)) : Empty;
    }

    /// <summary>Other wordings of <paramref name="words"/> (folded), each with one matched variant replaced; bounded.</summary>
    public IReadOnlyList<string[]> Alternatives(IReadOnlyList<string> words, int max = 6)
    {
        var result = new List<string[]>();
        foreach (var group in _groups)
        {
            foreach (var variant in group)
            {
                var at = IndexOf(words, variant);
                if (at < 0)
                {
                    continue;
                }

                foreach (var other in group.Where(o => !ReferenceEquals(o, variant)))
                {
                    result.Add([.. words.Take(at), .. other, .. words.Skip(at + variant.Length)]);
                    if (result.Count >= max)
                    {
                        return result;
                    }
                }

                break;
            }
        }

        return result;
    }

    private static int IndexOf(IReadOnlyList<string> words, string[] variant)
    {
        for (var i = 0; i + variant.Length <= words.Count; i++)
        {
            var all = true;
            for (var j = 0; j < variant.Length && all; j++)
            {
                all = words[i + j] == variant[j];
            }

            if (all)
            {
                return i;
            }
        }

        return -1;
    }
}
