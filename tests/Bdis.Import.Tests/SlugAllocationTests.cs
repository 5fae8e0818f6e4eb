namespace Bdis.Import.Tests;

/// <summary>The exact slugs the merge gives new records, on both insert paths.</summary>
public sealed class SlugAllocationTests(ImportDatabase db) : IClassFixture<ImportDatabase>
{
    [Theory]
    [InlineData(IndexStrategy.Incremental)]
    [InlineData(IndexStrategy.RebuildIndexes)]
    public async Task Repeated_and_taken_bases_are_numbered_past_the_table_and_clashes_are_settled_by_row_number(IndexStrategy indexes)
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
            ["F2|atelier-3", "F3|atelier-4", "F4|atelier-3-4", "F5|atelier-4-5", "F6|bazar", "F7|bazar-2", "F8|unique"],
            await db.RowsAsync("SELECT external_id, slug FROM initiatives WHERE network_code = 'RES-B' ORDER BY external_id"));
        Assert.Equal(["T1|atelier", "T2|atelier-2"],
            await db.RowsAsync("SELECT external_id, slug FROM initiatives WHERE network_code = 'RES-A' ORDER BY external_id"));
    }

    [Theory]
    [InlineData(IndexStrategy.Incremental)]
    [InlineData(IndexStrategy.RebuildIndexes)]
    public async Task A_file_without_repeated_bases_still_numbers_past_the_table_and_settles_clashes_by_row_number(IndexStrategy indexes)
    {
        // No base repeats within this file, so the merge skips counting them (RepeatWatch): the slugs must be the same.
        await db.ExecuteAsync("DELETE FROM initiatives");
        await db.ImportTextAsync("RES-A", "id;nom;thèmes\nT1;Atelier;AMAP\nT2;Atelier;AMAP\n", indexes: indexes);

        var report = await db.ImportTextAsync("RES-B", "id;nom;thèmes\nF2;Atelier;AMAP\nF3;Atelier 3;AMAP\nF4;Unique;AMAP\n", indexes: indexes);

        Assert.Equal(3L, report.Created);
        Assert.Equal(["F2|atelier-3", "F3|atelier-3-3", "F4|unique"],
            await db.RowsAsync("SELECT external_id, slug FROM initiatives WHERE network_code = 'RES-B' ORDER BY external_id"));
    }
}
