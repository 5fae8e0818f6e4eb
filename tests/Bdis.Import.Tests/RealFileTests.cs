using Bdis.Import.Mapping;
using Bdis.Testing;

namespace Bdis.Import.Tests;

/// <summary>The real public files of ../shared/data/imports (never copied here): they import and the counts add up.</summary>
public sealed class RealFileTests(ImportDatabase db) : IClassFixture<ImportDatabase>
{
    [SkippableSharedDataFact]
    public async Task France_services_list_imports_and_its_counts_add_up_to_its_2683_rows()
    {
        var report = await ImportShared("RES-A", "imports/france-services-20221201.csv", "france-services.json");
        Assert.Equal(2683, report.Read);
        Assert.Equal(report.Read, report.Created + report.Updated + report.Unchanged + report.Rejected);
        Assert.Equal(report.Created + report.Updated + report.Unchanged, await db.ScalarAsync<long>("SELECT count(*) FROM initiatives WHERE network_code = 'RES-A'"));
    }

    [SkippableSharedDataFact]
    public async Task Region_sud_file_with_destroyed_accents_and_a_split_record_imports_and_its_counts_add_up()
    {
        var report = await ImportShared("RES-B", "imports/regionsud-lieux-inclusion-numerique-2022.csv", "regionsud-inclusion-numerique.json");
        Assert.Equal(report.Read, report.Created + report.Updated + report.Unchanged + report.Rejected);
        Assert.InRange(report.Read, 1245, 1246);
    }

    [SkippableSharedDataFact]
    public async Task Openscraper_ragged_pipe_file_imports_and_its_counts_add_up_to_its_269_rows()
    {
        var report = await ImportShared("RES-C", "imports/openscraper-projects.csv", "openscraper-apriles.json");
        Assert.Equal(269, report.Read);
        Assert.Equal(report.Read, report.Created + report.Updated + report.Unchanged + report.Rejected);
    }

    private async Task<Reports.ImportReport> ImportShared(string network, string file, string profile)
    {
        var path = SharedData.PathTo(file) ?? throw new InvalidOperationException($"{file} is missing from ../shared/data.");
        await using var stream = File.OpenRead(path);
        var report = await db.ImportAsync(network, stream, ImportProfile.Load(Path.Combine(Core.Reference.DataFolder.Locate(), "import-profiles", profile)));
        var again = await db.ImportAsync(network, File.OpenRead(path), ImportProfile.Load(Path.Combine(Core.Reference.DataFolder.Locate(), "import-profiles", profile)));
        Assert.Equal((0L, 0L, report.Created + report.Updated + report.Unchanged), (again.Created, again.Updated, again.Unchanged));
        return report;
    }
}
