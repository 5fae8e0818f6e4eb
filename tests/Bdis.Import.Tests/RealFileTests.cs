using Bdis.Import.Mapping;
using Bdis.Import.Reports;
using Bdis.Testing;

namespace Bdis.Import.Tests;

/// <summary>
/// The real public files of ../shared/data/imports (never copied here; see its SOURCES.md): for each, the rows read,
/// the records created and the rows rejected, each class of rejection explained; a second import changes nothing.
/// "Distinct places" were counted apart from the importer (a script over the raw CSV: distinct name, postcode,
/// street, commune and coordinates), to check that none is lost.
/// </summary>
public sealed class RealFileTests(ImportDatabase db) : IClassFixture<ImportDatabase>
{
    [SkippableSharedDataFact]
    public async Task France_services_list_keeps_each_of_its_2683_points()
    {
        var report = await ImportShared("RES-A", "imports/france-services-20221201.csv", "france-services.json");

        // Every row has an id (id_fs), all distinct: no rejection. Its two pairs of rows with one name and postcode
        // (Melun, two ids 0.1 m apart; Vexin-Thelle, two communes) stay two records each, as their ids say.
        Assert.Equal((2683L, 2683L, 0L), (report.Read, report.Created, report.Rejected));
        // Four names were double-encoded upstream ("Fresnes-LÃ©guillon"): repaired exactly.
        Assert.Equal(4L, report.Repairs.DoubleEncoded);
        Assert.Contains(new ReportRow(2509, "name", Severity.Info, "Texte mal encodé réparé : « Fresnes-LÃ©guillon » devient « Fresnes-Léguillon »."), report.Rows);
        // 30 points have no coordinates: published, listed, not on the map.
        Assert.Equal((2683L, 30L), (report.Public.Published, report.Public.PublishedNotOnMap));
    }

    [SkippableSharedDataFact]
    public async Task Region_sud_file_keeps_each_of_its_1245_places_including_namesakes_of_one_postcode()
    {
        var report = await ImportShared("RES-B", "imports/regionsud-lieux-inclusion-numerique-2022.csv", "regionsud-inclusion-numerique.json");

        // 1245 rows, 1245 distinct places (no two rows agree on name, postcode, street, commune and position), so no
        // rejection. 156 rows share a name and postcode with an earlier row ("Bibliothèque" of several villages of one
        // postcode): each is reported as a distinct record. One record of the source is split over physical lines
        // 1240–1241 (a lost quote): its second half is imported as its own row (line 1241), with warnings on its
        // shifted values (a commune as SIRET, a latitude as category).
        Assert.Equal((1245L, 1245L, 0L), (report.Read, report.Created, report.Rejected));
        Assert.Equal(156, report.Rows.Count(r => r is { Field: "identity", Severity: Severity.Info }));
        Assert.DoesNotContain(report.Rows, r => r.Field == "identity" && r.Severity == Severity.Error);
        // 84110 serves Vaison-la-Romaine and six villages around it, each with its "Bibliothèque": seven records.
        Assert.Equal(["7|7"], await db.RowsAsync(
            "SELECT count(*), count(DISTINCT insee_code) FROM initiatives WHERE network_code = 'RES-B' AND postcode = '84110' AND name = 'Biblioth\uFFFDque'"));
        // Every accent was destroyed upstream (U+FFFD): commune names come back from the INSEE referential, each said on
        // its row; other damaged text is imported as it is with a warning on its row and field.
        Assert.True(report.Repairs.CommuneNames > 1100, $"{report.Repairs.CommuneNames} commune names from the referential");
        Assert.Equal(report.Repairs.Damaged, report.Rows.Count(r => r.Severity == Severity.Warning && r.Message.StartsWith("Texte abîmé", StringComparison.Ordinal)));
        Assert.Equal(0L, await db.ScalarAsync<long>(
            "SELECT count(*) FROM initiatives WHERE network_code = 'RES-B' AND (length(postcode) <> 5 OR length(insee_code) <> 5)"));
        Assert.Equal((1245L, 14L), (report.Public.Published, report.Public.PublishedNotOnMap));
    }

    [SkippableSharedDataFact]
    public async Task Openscraper_ragged_pipe_file_imports_its_269_rows_and_its_23_rejections_are_explained()
    {
        var report = await ImportShared("RES-C", "imports/openscraper-projects.csv", "openscraper-apriles.json");

        // The exporter skipped empty values, so values drift left of their header. In 33 rows of 11 fields the column
        // the profile reads as the name holds the project's region ("Pays de la Loire"), the title sitting one column
        // further. Those rows have no postcode, commune, street or position to tell them apart: the first of each
        // region is created and the 23 others are rejected as repeats of it. A limit of reading ragged rows by header
        // position (the profile cannot say "one column further in rows of 11 fields"), not of the identity rule.
        Assert.Equal((269L, 246L, 23L), (report.Read, report.Created, report.Rejected));
        Assert.Equal(23, report.Rows.Count(r => r is { Field: "identity", Severity: Severity.Error }));
    }

    private async Task<ImportReport> ImportShared(string network, string file, string profile)
    {
        var path = SharedData.PathTo(file) ?? throw new InvalidOperationException($"{file} is missing from ../shared/data.");
        var mapping = ImportProfile.Load(Path.Combine(Core.Reference.DataFolder.Locate(), "import-profiles", profile));
        await using var stream = File.OpenRead(path);
        var report = await db.ImportAsync(network, stream, mapping);
        Assert.Equal(report.Read, report.Created + report.Updated + report.Unchanged + report.Rejected);
        Assert.Equal(report.Created, await db.ScalarAsync<long>($"SELECT count(*) FROM initiatives WHERE network_code = '{network}'"));
        Assert.Equal(report.Created, report.Public.Published + report.Public.Drafts + report.Public.OtherUnpublished);
        await using var again = File.OpenRead(path);
        var second = await db.ImportAsync(network, again, mapping);
        Assert.Equal((0L, 0L, report.Created), (second.Created, second.Updated, second.Unchanged));
        return report;
    }
}
