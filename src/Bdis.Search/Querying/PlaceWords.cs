using Bdis.Core.Reference;
using Bdis.Core.Territories;
using Bdis.Search.Analysis;
using Bdis.Search.Contracts;

namespace Bdis.Search.Querying;

/// <summary>
/// Which words of a query name a place of the INSEE referential: a region ("bretagne", "paca"), a department by name or
/// number ("côte d'or", "13", "2a", "971"), a postcode ("34000") or a commune ("la seyne sur mer", "st etienne",
/// "aix"). Names are compared as the search compares words (<see cref="FrenchAnalysis.Folded"/>: case, accents,
/// hyphens, elisions and stop words ignored). Only a run at the end or at the start of the query can be a place
/// (<see cref="Candidates"/>); whether it is taken as one is decided with the index (<see cref="QueryInterpreter"/>).
/// </summary>
public sealed class PlaceWords
{
    /// <summary>A place name is at most this many words once stop words are gone ("provence alpes cote azur").</summary>
    public const int MaxRunWords = 6;

    /// <summary>A commune named by one word, or by the start of its name, is read as a place only from this size:
    /// the villages called Bio, Jardin, Plan or Port stay words (their initiatives still match through the place field).</summary>
    public const int MinSingleWordPopulation = 5_000;

    /// <summary>"aix" is Aix-en-Provence only because it outweighs every other "Aix…" by this factor and this size.</summary>
    public const int MinPrefixPopulation = 20_000;

    private const int PrefixDominance = 2;

    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal) { ["st"] = "saint", ["ste"] = "sainte" };

    private static readonly (string Alias, string Region)[] RegionAliases =
        [("paca", "93"), ("region sud", "93"), ("idf", "11"), ("aura", "84"), ("bfc", "27"), ("hdf", "32")];

    private readonly Dictionary<string, Place> _regions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Place> _departments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Place> _departmentNumbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Commune>> _communes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Commune>> _communePrefixes = new(StringComparer.Ordinal);
    private readonly TerritoryReferential _territories;

    public PlaceWords(Referentials referentials)
    {
        _territories = referentials.Territories;
        foreach (var region in _territories.Regions)
        {
            _regions[Key(region.Name)] = new Place(PlaceKind.Region, region.Code, region.Name, region.Code, null, null);
        }

        foreach (var (alias, code) in RegionAliases)
        {
            _regions[alias] = _regions.Values.First(r => r.Code == code);
        }

        foreach (var department in _territories.Departments)
        {
            var place = new Place(PlaceKind.Department, department.Code, department.Name, department.RegionCode, department.Code, null);
            _departments[Key(department.Name)] = place;
            _departmentNumbers[department.Code.ToLowerInvariant()] = place;
        }

        foreach (var commune in _territories.Communes)
        {
            var key = Key(commune.Name);
            if (key.Length == 0)
            {
                continue;
            }

            Add(_communes, key, commune);
            var words = key.Split(' ');
            for (var n = 1; n < words.Length; n++)
            {
                Add(_communePrefixes, string.Join(' ', words[..n]), commune);
            }
        }
    }

    /// <summary>
    /// The runs of <paramref name="words"/> that name a place, in the order to try them: runs at the end first
    /// ("épicerie lyon"), longest first, then runs at the start ("lyon épicerie"). A word in the middle is never a place.
    /// </summary>
    public IEnumerable<PlaceRun> Candidates(IReadOnlyList<string> words)
    {
        var count = words.Count;
        for (var length = Math.Min(MaxRunWords, count); length >= 1; length--)
        {
            if (Find(words, count - length, length, count) is { } atEnd)
            {
                yield return new PlaceRun(count - length, length, atEnd);
            }
        }

        for (var length = Math.Min(MaxRunWords, count - 1); length >= 1; length--)
        {
            if (Find(words, 0, length, count) is { } atStart)
            {
                yield return new PlaceRun(0, length, atStart);
            }
        }
    }

    /// <summary>The place these words name, or null (see the class summary for the rules).</summary>
    public Place? Find(IReadOnlyList<string> words, int start, int length, int queryLength)
    {
        if (length == 1 && Number(words[start]) is { } numbered)
        {
            return numbered;
        }

        var key = string.Join(' ', Enumerable.Range(start, length).Select(i => Abbreviations.GetValueOrDefault(words[i], words[i])));
        if (key.Any(char.IsAsciiDigit))
        {
            return null;
        }

        // A department named like its region (La Réunion, Guadeloupe…) holds the same records: the department wins.
        if (_departments.TryGetValue(key, out var department))
        {
            return department;
        }

        if (_regions.TryGetValue(key, out var region))
        {
            return region;
        }

        return Commune(key, length) is { } commune ? FromCommune(commune) : null;
    }

    private Place? Number(string word)
    {
        if (word.Length == 5 && word.All(char.IsAsciiDigit))
        {
            var served = _territories.CommunesForPostcode(word);
            return served.Count == 0 ? null : FromCommune(served.MaxBy(c => c.Population)!) with { Kind = PlaceKind.Postcode, Postcode = word };
        }

        // Department numbers as written on a plate: two digits, 2A/2B, 971–976 (a lone "5" stays a word).
        return word.Length is 2 or 3 && _departmentNumbers.TryGetValue(word, out var department) ? department : null;
    }

    private Commune? Commune(string key, int words)
    {
        var exact = _communes.GetValueOrDefault(key)?.MaxBy(c => c.Population);
        var prefixed = _communePrefixes.GetValueOrDefault(key);
        Commune? byPrefix = null;
        if (prefixed is not null)
        {
            var best = prefixed.MaxBy(c => c.Population)!;
            var others = prefixed.Where(c => c != best).Select(c => c.Population).Append(exact?.Population ?? 0).Max();
            if (best.Population >= MinPrefixPopulation && best.Population >= PrefixDominance * others)
            {
                byPrefix = best;
            }
        }

        var chosen = byPrefix ?? exact;
        return chosen is null || (words == 1 && chosen.Population < MinSingleWordPopulation) ? null : chosen;
    }

    private Place FromCommune(Commune commune) =>
        new(PlaceKind.Commune, commune.InseeCode, commune.Name, commune.RegionCode, commune.DepartmentCode, commune);

    /// <summary>A name as the query's words are: "La Seyne-sur-Mer" → "seyne mer", "Saint-Étienne" → "saint etienne".</summary>
    public static string Key(string name) =>
        string.Join(' ', Tokens.Of(FrenchAnalysis.Folded, name).Select(t => Abbreviations.GetValueOrDefault(t.Term, t.Term)));

    private static void Add(Dictionary<string, List<Commune>> index, string key, Commune commune)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(commune);
    }
}
