using System.Globalization;
using System.Text;

namespace Bdis.Import.Bench;

/// <summary>Deterministic, clean, realistic rows for the import benchmark (the same rows for the import and the raw COPY).</summary>
public static class BenchRows
{
    public const string Network = "BENCH";

    private static readonly (string Postcode, string Commune, string Insee, string Department, string Region, double Lat, double Lon)[] Places =
    [
        ("13100", "Aix-en-Provence", "13001", "13", "93", 43.5297, 5.4474),
        ("13001", "Marseille", "13201", "13", "93", 43.2965, 5.3698),
        ("69001", "Lyon", "69381", "69", "84", 45.7670, 4.8340),
        ("75011", "Paris", "75111", "75", "11", 48.8580, 2.3790),
        ("35000", "Rennes", "35238", "35", "53", 48.1173, -1.6778),
        ("59000", "Lille", "59350", "59", "32", 50.6292, 3.0573),
        ("33000", "Bordeaux", "33063", "33", "75", 44.8378, -0.5792),
        ("44000", "Nantes", "44109", "44", "52", 47.2184, -1.5536),
    ];

    private static readonly (string Label, string Code)[] Themes =
    [
        ("Épicerie solidaire", "epicerie-solidaire"), ("AMAP", "amap"), ("Ressourcerie, recyclerie", "ressourcerie"),
        ("Tiers-lieu", "tiers-lieu"), ("Mobilité durable", "mobilite-durable"), ("Culture et arts", "culture"),
    ];

    public const string Header = "identifiant;nom;adresse;code postal;commune;latitude;longitude;thématiques;site web;courriel;téléphone;statut juridique\n";

    public static BenchRow Row(long i)
    {
        var place = Places[i % Places.Length];
        var jitter = (i % 1000) / 100_000.0;
        var theme = Themes[i % Themes.Length];
        return new BenchRow(
            ExternalId: "B" + i.ToString(CultureInfo.InvariantCulture),
            Name: $"Initiative solidaire {i}",
            Slug: $"initiative-solidaire-{i}",
            Street: $"{i % 200 + 1} rue de la République",
            Postcode: place.Postcode, Commune: place.Commune, Insee: place.Insee, Department: place.Department, Region: place.Region,
            Latitude: Math.Round(place.Lat + jitter, 6), Longitude: Math.Round(place.Lon - jitter, 6),
            ThemeLabel: theme.Label, ThemeCode: theme.Code,
            Website: $"https://initiative-{i}.example.org", Email: $"contact@initiative-{i}.example.org",
            Phone: $"04 42 {i % 100:00} {i / 100 % 100:00} {i / 10000 % 100:00}");
    }

    /// <summary>Writes the CSV file a network would send (';', UTF-8, decimal points).</summary>
    public static async Task WriteFileAsync(string path, long rows, CancellationToken ct)
    {
        await using var file = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        await file.WriteAsync(Header);
        var line = new StringBuilder(256);
        for (long i = 0; i < rows; i++)
        {
            var r = Row(i);
            line.Clear().Append(CultureInfo.InvariantCulture,
                $"{r.ExternalId};{r.Name};{r.Street};{r.Postcode};{r.Commune};{r.Latitude:R};{r.Longitude:R};{r.ThemeLabel};{r.Website};{r.Email};{r.Phone};Association\n");
            await file.WriteAsync(line, ct);
        }
    }
}
