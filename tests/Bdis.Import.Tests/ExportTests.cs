using System.Text;
using System.Text.Json;
using Bdis.Import.Export;

namespace Bdis.Import.Tests;

public sealed class ExportTests(ImportDatabase db) : IClassFixture<ImportDatabase>
{
    private const string Source = """
        nom;cp;ville;latitude;longitude;thèmes;téléphone;site;forme juridique;description
        Épicerie « Le Panier »;13100;Aix-en-Provence;43.5297;5.4474;Épicerie solidaire, Vrac;+33 4 42 00 00 00;panier.example.org;SCOP;"Deux lignes
        et un ; point-virgule"
        =SUM(A1:A9);13001;Marseille;;;AMAP;;;Association;@danger
        Sans position;69001;Lyon;;;;-;;;
        """;

    [Fact]
    public async Task Csv_export_is_utf8_with_bom_and_semicolons_escapes_formulas_and_reimports_unchanged()
    {
        var first = await db.ImportTextAsync("RES-A", Source);
        Assert.Equal(3L, first.Created);
        var bytes = await ExportAsync(new ExportFilter("RES-A"), CsvExporter.WriteAsync);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("identifiant;nom;résumé;description;", text, StringComparison.Ordinal);
        Assert.Contains("\"'=SUM(A1:A9)\"", text, StringComparison.Ordinal);
        Assert.Contains("\"'@danger\"", text, StringComparison.Ordinal);

        var before = await db.SnapshotAsync();
        var again = await db.ImportAsync("RES-A", new MemoryStream(bytes));
        Assert.Equal((3L, 0L, 0L, 3L, 0L), (again.Read, again.Created, again.Updated, again.Unchanged, again.Rejected));
        Assert.Equal(before, await db.SnapshotAsync());
    }

    [Fact]
    public async Task GeoJson_export_is_an_rfc_7946_feature_collection_with_null_geometry_for_unplaced_records()
    {
        await db.ImportTextAsync("RES-B", Source);
        var json = JsonDocument.Parse(await ExportAsync(new ExportFilter("RES-B"), GeoJsonExporter.WriteAsync)).RootElement;
        Assert.Equal("FeatureCollection", json.GetProperty("type").GetString());
        var features = json.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(3, features.Count);
        var panier = features.Single(f => f.GetProperty("properties").GetProperty("name").GetString() == "Épicerie « Le Panier »");
        Assert.Equal("[5.4474,43.5297]", panier.GetProperty("geometry").GetProperty("coordinates").GetRawText());
        var p = panier.GetProperty("properties");
        Assert.Equal(
            "epicerie-le-panier|RES-B|93|13|13100|Aix-en-Provence|scop|https://panier.example.org|[\"epicerie-solidaire\"]",
            string.Join("|", p.GetProperty("slug").GetString(), p.GetProperty("network").GetString(), p.GetProperty("region").GetString(),
                p.GetProperty("department").GetString(), p.GetProperty("postcode").GetString(), p.GetProperty("commune").GetString(),
                p.GetProperty("legalStatus").GetString(), p.GetProperty("website").GetString(), p.GetProperty("themes").GetRawText()));
        Assert.True(p.TryGetProperty("externalId", out _) && p.TryGetProperty("siret", out _));
        var unplaced = features.Single(f => f.GetProperty("properties").GetProperty("name").GetString() == "Sans position");
        Assert.Equal(JsonValueKind.Null, unplaced.GetProperty("geometry").ValueKind);
    }

    private async Task<byte[]> ExportAsync(ExportFilter filter, Func<IAsyncEnumerable<ExportRecord>, Stream, CancellationToken, Task<long>> write)
    {
        using var output = new MemoryStream();
        await write(ExportSource.ReadAsync(db.DataSource, filter, CancellationToken.None), output, CancellationToken.None);
        return output.ToArray();
    }
}
