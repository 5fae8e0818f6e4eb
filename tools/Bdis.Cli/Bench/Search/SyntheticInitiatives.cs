using Bdis.Core.Initiatives;
using Bdis.Core.Reference;
using Bdis.Core.Territories;
using Bdis.Core.Text;

namespace Bdis.Cli.Bench.Search;

/// <summary>One generated initiative, in the columns the bulk load writes.</summary>
public sealed record SyntheticInitiative(
    Guid Id, string Slug, string Name, string Summary, string Description, string Street, string Postcode, string Commune,
    string Insee, double Lon, double Lat, string Region, string Department, string[] Themes, string Network,
    LegalStatus LegalStatus, InitiativeStatus Status, string? Email, string? Website);

/// <summary>
/// Deterministic synthetic initiatives (same seed, same records): placed around prefectures and large cities weighted
/// by population (with a floor, so rural departments are not empty), in the anchor's commune or another commune of
/// its department, with a Zipf-like theme distribution and French names and descriptions built from
/// <see cref="BenchVocabulary"/>. A commune other than the anchor is placed near the anchor, not at its true spot.
/// </summary>
public sealed class SyntheticInitiatives
{
    private readonly Referentials _referentials;
    private readonly (BenchAnchors.Anchor Anchor, string Insee, string Postcode, double Cumulative)[] _anchors;
    private readonly Dictionary<string, (string Insee, string Name, string Postcode)[]> _communesByDepartment;
    private readonly (string Code, double Cumulative)[] _themes;

    public SyntheticInitiatives(Referentials referentials, string dataFolder)
    {
        _referentials = referentials;
        _communesByDepartment = File.ReadLines(Path.Combine(dataFolder, "territories", "communes.csv")).Skip(1)
            .Select(line => line.Split(';'))
            .Where(p => p.Length >= 5 && p[4].Length >= 5)
            .GroupBy(p => p[2])
            .ToDictionary(g => g.Key, g => g.Select(p => (p[0], p[1], p[4].Split(' ')[0])).ToArray());

        var weights = BenchAnchors.All.Select(a => Math.Max(40, Math.Pow(a.PopulationK, 0.85))).ToArray();
        var total = weights.Sum();
        var running = 0.0;
        _anchors = BenchAnchors.All.Select((a, i) =>
        {
            running += weights[i] / total;
            var communes = _communesByDepartment.GetValueOrDefault(a.Department) ?? [];
            var key = TextKey.Normalize(a.City);
            var match = communes.FirstOrDefault(c => TextKey.Normalize(c.Name) == key);
            if (match.Insee is null && communes.Length > 0)
            {
                match = communes[0];
            }

            return (a, match.Insee ?? string.Empty, match.Postcode ?? string.Empty, running);
        }).Where(a => a.Item2.Length > 0).ToArray();

        var subThemes = BenchVocabulary.Themes.Keys.Where(referentials.Themes.Exists).ToArray();
        var zipf = subThemes.Select((_, rank) => 1.0 / Math.Pow(rank + 1, 0.8)).ToArray();
        var zipfTotal = zipf.Sum();
        running = 0;
        _themes = subThemes.Select((code, i) => (code, running += zipf[i] / zipfTotal)).ToArray();
    }

    public static string NetworkOf(string region) => $"CRESS-{region}";

    public static readonly string[] NationalNetworks = ["RESSOURCERIES", "MIRAMAP", "FRANCE-TIERS-LIEUX", "ARTISANS-MONDE"];

    public IEnumerable<SyntheticInitiative> Generate(int count, int seed = 20261123)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            yield return Next(random, i);
        }
    }

    private SyntheticInitiative Next(Random random, int index)
    {
        var anchor = Pick(_anchors, random.NextDouble(), a => a.Cumulative);
        var inAnchorCity = random.NextDouble() < 0.45;
        var communes = _communesByDepartment[anchor.Anchor.Department];
        var (insee, commune, postcode) = inAnchorCity ? (anchor.Insee, anchor.Anchor.City, anchor.Postcode) : communes[random.Next(communes.Length)];
        var spreadKm = inAnchorCity ? 3 : 25;
        var lat = anchor.Anchor.Lat + (Gaussian(random) * spreadKm / 111.0);
        var lon = anchor.Anchor.Lon + (Gaussian(random) * spreadKm / (111.0 * Math.Cos(anchor.Anchor.Lat * Math.PI / 180)));

        var theme = Pick(_themes, random.NextDouble(), t => t.Cumulative).Code;
        var themes = random.NextDouble() < 0.25 ? new[] { theme, Pick(_themes, random.NextDouble(), t => t.Cumulative).Code }.Distinct().ToArray() : [theme];
        var (heads, activity) = BenchVocabulary.Themes[theme];
        var head = heads[random.Next(heads.Length)];
        var name = random.NextDouble() switch
        {
            < 0.45 => $"{head} de {commune}",
            < 0.8 => $"{head} {BenchVocabulary.Nicknames[random.Next(BenchVocabulary.Nicknames.Length)]}",
            _ => $"{BenchVocabulary.Nicknames[random.Next(BenchVocabulary.Nicknames.Length)]} – {head}",
        };
        var summary = $"{head} à {commune} : {activity}.";
        var sentences = Enumerable.Range(0, 2 + random.Next(3)).Select(_ => BenchVocabulary.Sentences[random.Next(BenchVocabulary.Sentences.Length)]);
        var description = $"{char.ToUpperInvariant(activity[0])}{activity[1..]}, à {commune} et dans les environs. {string.Join(' ', sentences)}";
        var department = _referentials.Territories.FindDepartment(anchor.Anchor.Department)!;
        var region = department.RegionCode;
        var network = random.NextDouble() < 0.8 ? NetworkOf(region) : NationalNetworks[random.Next(NationalNetworks.Length)];
        var status = random.NextDouble() switch
        {
            < 0.70 => LegalStatus.Association,
            < 0.78 => LegalStatus.Scop,
            < 0.84 => LegalStatus.Scic,
            < 0.89 => LegalStatus.Cooperative,
            < 0.91 => LegalStatus.Mutuelle,
            < 0.93 => LegalStatus.Fondation,
            < 0.97 => LegalStatus.EntrepriseEsus,
            _ => LegalStatus.Other,
        };
        var slugBase = Slug.FromName(name);
        var slug = $"{(slugBase.Length > 80 ? slugBase[..80] : slugBase)}-{index.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        var hasEmail = random.NextDouble() < 0.7;
        return new SyntheticInitiative(
            DeterministicGuid(random), slug, name, summary, description,
            $"{1 + random.Next(120)} {BenchVocabulary.Streets[random.Next(BenchVocabulary.Streets.Length)]}", postcode, commune, insee,
            Math.Round(lon, 6), Math.Round(lat, 6), region, department.Code, themes, network, status,
            random.NextDouble() < 0.95 ? InitiativeStatus.Published : InitiativeStatus.Archived,
            hasEmail ? $"contact{index}@exemple.org" : null,
            random.NextDouble() < 0.5 ? $"https://initiative-{index}.exemple.org" : null);
    }

    private static T Pick<T>(T[] items, double u, Func<T, double> cumulative)
    {
        var lo = 0;
        var hi = items.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (cumulative(items[mid]) < u)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return items[lo];
    }

    private static double Gaussian(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Clamp(Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2), -3, 3);
    }

    private static Guid DeterministicGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
