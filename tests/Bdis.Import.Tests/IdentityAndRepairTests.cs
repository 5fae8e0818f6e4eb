using System.Text.Json;
using Bdis.Import.Reports;

namespace Bdis.Import.Tests;

/// <summary>
/// Rows without an id: one name in several villages of one postcode, true repeats, and the same rule for updates; text
/// repaired or reported; what the public will see. On files written for these cases (Files/).
/// </summary>
public sealed class IdentityAndRepairTests(ImportDatabase db) : IClassFixture<ImportDatabase>
{
    [Fact]
    public async Task One_name_in_three_villages_of_one_postcode_makes_three_records_with_unique_slugs()
    {
        var report = await db.ImportFileAsync("RES-A", "two-villages.csv");

        Assert.Equal((3L, 3L, 0L), (report.Read, report.Created, report.Rejected));
        Assert.Equal(
            [
                new ReportRow(3, "identity", Severity.Info,
                    "Même nom et code postal que la ligne 2, mais une autre commune, une autre adresse et une position à 16 km : importée comme une initiative distincte."),
                new ReportRow(4, "commune", Severity.Info, "Commune « ROUGON » écrite comme au référentiel INSEE : « Rougon » (04171)."),
                new ReportRow(4, "identity", Severity.Info,
                    "Même nom et code postal que la ligne 2, mais une autre commune, une autre adresse et une position à 11 km : importée comme une initiative distincte."),
            ],
            report.Rows);
        Assert.Equal(["bibliotheque|Castellane|04039", "bibliotheque-2|La Palud-sur-Verdon|04144", "bibliotheque-3|Rougon|04171"],
            await db.RowsAsync("SELECT slug, commune, insee_code FROM initiatives WHERE network_code = 'RES-A' ORDER BY slug"));
    }

    [Fact]
    public async Task True_repeats_are_rejected_once_each_and_namesakes_elsewhere_are_kept()
    {
        var report = await db.ImportFileAsync("RES-C", "repeats-and-namesakes.csv");

        const string Repeat = "Même nom et code postal que la ligne 2, sans commune, adresse ni position qui diffèrent : ligne répétée, ignorée.";
        Assert.Equal((8L, 4L, 4L), (report.Read, report.Created, report.Rejected));
        Assert.Equal(
            [
                new ReportRow(3, "identity", Severity.Error, Repeat),
                new ReportRow(4, "identity", Severity.Info,
                    "Même nom et code postal que la ligne 2, mais une autre commune, une autre adresse et une position à 11 km : importée comme une initiative distincte."),
                new ReportRow(5, "identity", Severity.Error, Repeat),
                new ReportRow(5, "commune", Severity.Info, "Commune « CASTELLANE » écrite comme au référentiel INSEE : « Castellane » (04039)."),
                new ReportRow(6, "identity", Severity.Error,
                    "Même nom et code postal que la ligne 4, sans commune, adresse ni position qui diffèrent : ligne répétée, ignorée."),
                new ReportRow(8, "identity", Severity.Info,
                    "Même nom et code postal que la ligne 7, mais une position à 1112 m : importée comme une initiative distincte."),
                new ReportRow(9, "identity", Severity.Error, Repeat),
            ],
            report.Rows);
        Assert.Equal(["mediatheque|Castellane", "mediatheque-2|Castellane", "point-numerique|Castellane", "point-numerique-2|Rougon"],
            await db.RowsAsync("SELECT slug, commune FROM initiatives WHERE network_code = 'RES-C' ORDER BY slug"));
    }

    [Fact]
    public async Task Double_encoded_text_is_repaired_damaged_text_reported_commune_names_taken_from_insee_and_zeros_restored()
    {
        var report = await db.ImportFileAsync("RES-D", "damaged-text.csv");

        Assert.Equal((6L, 6L), (report.Read, report.Created));
        Assert.Equal(
            [
                new ReportRow(2, "name", Severity.Info, "Texte mal encodé réparé : « MÃ©diathÃ¨que du Rocher » devient « Médiathèque du Rocher »."),
                new ReportRow(2, "street", Severity.Info, "Texte mal encodé réparé : « Place de la LibÃ©ration » devient « Place de la Libération »."),
                new ReportRow(2, "commune", Severity.Info, "Commune « SAINT-RAPHA\uFFFDL » écrite comme au référentiel INSEE : « Saint-Raphaël » (83118)."),
                new ReportRow(3, "name", Severity.Warning,
                    "Texte abîmé avant l'import (caractère illisible « � », accents perdus) : « Biblioth\uFFFDque des Plages » est importé tel quel, à corriger à la source."),
                new ReportRow(3, "commune", Severity.Info, "Commune « ST RAPHAEL » écrite comme au référentiel INSEE : « Saint-Raphaël » (83118)."),
                new ReportRow(4, "commune", Severity.Info, "Commune « saint raphael » écrite comme au référentiel INSEE : « Saint-Raphaël » (83118)."),
                new ReportRow(5, "commune", Severity.Info, "Commune « DIGNE-LES-BAINS » écrite comme au référentiel INSEE : « Digne-les-Bains » (04070)."),
                new ReportRow(6, "name", Severity.Info, "Texte mal encodé réparé : « CafÃ© associatif » devient « Café associatif »."),
                new ReportRow(6, "street", Severity.Info, "Texte mal encodé réparé : « Ã€ cÃ´tÃ© de la gare » devient « À côté de la gare »."),
                new ReportRow(7, "name", Severity.Warning,
                    "Texte probablement mal encodé, non réparable exactement : « Ã‰picerie Ã© et é » est importé tel quel, à corriger à la source."),
            ],
            report.Rows);
        Assert.Equal((4L, 4L, 3L, 2L), (report.Repairs.DoubleEncoded, report.Repairs.CommuneNames, report.Repairs.LeadingZeros, report.Repairs.Damaged));
        Assert.Equal(
            [
                "Biblioth\uFFFDque des Plages|Boulevard de la Plage|83700|Saint-Raphaël|83118|83",
                "Café associatif|À côté de la gare|05000|Gap|05061|05",
                "Espace numérique|2 rue Jean Aicard|83700|Saint-Raphaël|83118|83",
                "Maison des services|1 rue Pasteur|04000|Digne-les-Bains|04070|04",
                "Médiathèque du Rocher|Place de la Libération|83700|Saint-Raphaël|83118|83",
                "Ã‰picerie Ã© et é|1 rue Haute|13100|Aix-en-Provence|13001|13",
            ],
            await db.RowsAsync("SELECT name, street, postcode, commune, insee_code, department_code FROM initiatives WHERE network_code = 'RES-D' ORDER BY name COLLATE \"C\""));
    }

    [Fact]
    public async Task The_report_says_what_the_public_will_see_in_a_dry_run_and_after_the_import_and_it_adds_up()
    {
        var dryRun = await db.ImportFileAsync("RES-E", "public-summary.csv", dryRun: true);
        var report = await db.ImportFileAsync("RES-E", "public-summary.csv");

        foreach (var r in new[] { dryRun, report })
        {
            Assert.Equal((7L, 5L, 2L), (r.Read, r.Created, r.Rejected));
            Assert.Equal((3L, 1L, 2L, 2L, 0L),
                (r.Public.Published, r.Public.PublishedNotOnMap, r.Public.Drafts, r.Public.DraftsWithoutTheme, r.Public.OtherUnpublished));
            Assert.Equal(r.Created + r.Updated + r.Unchanged, r.Public.Published + r.Public.Drafts + r.Public.OtherUnpublished);
        }

        // Status 2 is published, 0 draft: count, and how many have no position.
        Assert.Equal(["2|3|1", "0|2|1"], await db.RowsAsync(
            "SELECT status, count(*), count(*) FILTER (WHERE location IS NULL) FROM initiatives WHERE network_code = 'RES-E' GROUP BY status ORDER BY status DESC"));
        Assert.Contains("The public would see: 3 published (1 of them not on the map, having no position), 2 drafts not shown (2 with no recognised theme).",
            ReportWriter.Summary(dryRun), StringComparison.Ordinal);
        using var json = new MemoryStream();
        ReportWriter.WriteJson(dryRun, json);
        var view = JsonDocument.Parse(json.ToArray()).RootElement.GetProperty("public");
        Assert.Equal((3, 1, 2, 2), (view.GetProperty("published").GetInt32(), view.GetProperty("publishedNotOnMap").GetInt32(),
            view.GetProperty("drafts").GetInt32(), view.GetProperty("draftsWithoutTheme").GetInt32()));
    }

    [Fact]
    public async Task An_update_counts_the_records_as_the_store_keeps_them_an_archived_one_staying_unpublished()
    {
        await db.ImportFileAsync("RES-F", "public-summary.csv");
        await db.ExecuteAsync("UPDATE initiatives SET status = 3 WHERE network_code = 'RES-F' AND external_id = 'P5'");

        var again = await db.ImportFileAsync("RES-F", "public-summary.csv");

        Assert.Equal((0L, 5L), (again.Created, again.Updated + again.Unchanged));
        Assert.Equal((2L, 1L, 2L, 2L, 1L),
            (again.Public.Published, again.Public.PublishedNotOnMap, again.Public.Drafts, again.Public.DraftsWithoutTheme, again.Public.OtherUnpublished));
    }
}
