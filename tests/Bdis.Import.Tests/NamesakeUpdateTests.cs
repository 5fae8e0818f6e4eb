namespace Bdis.Import.Tests;

/// <summary>The identity rule for updates against the store (in its own database: other tests import the same places).</summary>
public sealed class NamesakeUpdateTests(ImportDatabase db) : IClassFixture<ImportDatabase>
{
    [Fact]
    public async Task Namesakes_in_other_villages_are_matched_to_their_own_records_on_update()
    {
        await db.ImportFileAsync("RES-B", "two-villages.csv");
        var again = await db.ImportFileAsync("RES-B", "two-villages.csv");
        // The same file with a phone column: only Rougon's row has one.
        var lines = File.ReadAllLines(TestFiles.PathTo("two-villages.csv"));
        var withPhone = string.Join("\n", lines.Select((l, i) => l + (i == 0 ? ";téléphone" : i == 3 ? ";04 92 83 00 00" : ";"))) + "\n";

        var update = await db.ImportTextAsync("RES-B", withPhone);

        Assert.Equal((0L, 0L, 3L), (again.Created, again.Updated, again.Unchanged));
        Assert.Equal((0L, 1L, 2L, 0L), (update.Created, update.Updated, update.Unchanged, update.Rejected));
        Assert.Equal(["Castellane|", "La Palud-sur-Verdon|", "Rougon|04 92 83 00 00"],
            await db.RowsAsync("SELECT commune, phone FROM initiatives WHERE network_code = 'RES-B' ORDER BY commune"));
    }
}
