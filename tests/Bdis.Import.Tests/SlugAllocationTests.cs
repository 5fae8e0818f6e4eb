namespace Bdis.Import.Tests;

/// <summary>The exact slugs the merge gives new records, on both insert paths.</summary>
public sealed class SlugAllocationTests(ImportDatabase db) : IClassFixture<ImportDatabase>
{
    [Theory]
    [InlineData(IndexStrategy.Incremental)]
    [InlineData(IndexStrategy.RebuildIndexes)]
    public async Task Repeated_and_taken_bases_are_numbered_past_the_table_and_past_the_files_own_numbered_names(IndexStrategy indexes)
    {
        await db.ExecuteAsync("DELETE FROM initiatives");
        await db.ImportTextAsync("RES-A", "id;nom;thèmes\nT1;Atelier;AMAP\nT2;Atelier;AMAP\n", indexes: indexes);

        var report = await db.ImportTextAsync("RES-B", """
            id;nom;thèmes
            F2;Atelier;AMAP
            F3;Atelier;AMAP
            F4;Atelier 3;AMAP
            F5;Atelier 4;AMAP
            F6;Bazar;AMAP
            F7;Bazar;AMAP
            F8;Unique;AMAP
            """, indexes: indexes);

        Assert.Equal(7L, report.Created);
        Assert.Equal(
            ["F2|atelier-5", "F3|atelier-6", "F4|atelier-3", "F5|atelier-4", "F6|bazar", "F7|bazar-2", "F8|unique"],
            await db.RowsAsync("SELECT external_id, slug FROM initiatives WHERE network_code = 'RES-B' ORDER BY external_id"));
        Assert.Equal(["T1|atelier", "T2|atelier-2"],
            await db.RowsAsync("SELECT external_id, slug FROM initiatives WHERE network_code = 'RES-A' ORDER BY external_id"));
    }

    [Theory]
    [InlineData(IndexStrategy.Incremental)]
    [InlineData(IndexStrategy.RebuildIndexes)]
    public async Task A_file_without_repeated_bases_still_numbers_past_the_table_and_the_files_own_numbered_names(IndexStrategy indexes)
    {
        // No base repeats within this file, so the merge skips counting them (RepeatWatch): the slugs must be the same.
        await db.ExecuteAsync("DELETE FROM initiatives");
        await db.ImportTextAsync("RES-A", "id;nom;thèmes\nT1;Atelier;AMAP\nT2;Atelier;AMAP\n", indexes: indexes);

        var report = await db.ImportTextAsync("RES-B", "id;nom;thèmes\nF2;Atelier;AMAP\nF3;Atelier 3;AMAP\nF4;Unique;AMAP\n", indexes: indexes);

        Assert.Equal(3L, report.Created);
        Assert.Equal(["F2|atelier-4", "F3|atelier-3", "F4|unique"],
            await db.RowsAsync("SELECT external_id, slug FROM initiatives WHERE network_code = 'RES-B' ORDER BY external_id"));
    }

    [Fact]
    public async Task A_name_repeated_with_its_numbered_forms_in_the_file_gets_slugs_that_meet_none_of_them()
    {
        // "Jardin" and "Jardin 2" both repeated: the repeats of "Jardin" are numbered past "jardin-2", those of
        // "Jardin 2" past nothing ("jardin-2-2"…). Numbering "Jardin" from 2 and settling the clash with "jardin-2"
        // by line number once gave "jardin-2-14", which the repeats of "Jardin 2" also reached: the import failed.
        await db.ExecuteAsync("DELETE FROM initiatives");
        var csv = new System.Text.StringBuilder("nom;cp;thèmes\n");
        for (var i = 0; i < 40; i++)
        {
            csv.Append(i % 2 == 0 ? "Jardin" : "Jardin 2").Append(';').Append(13000 + i).Append(";AMAP\n");
        }

        var report = await db.ImportTextAsync("RES-B", csv.ToString());

        Assert.Equal(40L, report.Created);
        var slugs = await db.RowsAsync("SELECT slug FROM initiatives WHERE network_code = 'RES-B' ORDER BY postcode");
        Assert.Equal(["jardin", "jardin-2", "jardin-3", "jardin-2-2", "jardin-4", "jardin-2-3"], slugs.Take(6));
        Assert.Equal(40, slugs.Distinct().Count());
    }
}
