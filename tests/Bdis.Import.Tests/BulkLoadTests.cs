using System.Globalization;
using System.Text;
using Bdis.Import.Staging;
using Npgsql;

namespace Bdis.Import.Tests;

/// <summary>
/// The bulk path (secondary indexes and foreign keys dropped, rows inserted, indexes rebuilt, in one transaction) gives
/// the same records and the same change log as the incremental path, and a failure puts the schema back.
/// </summary>
public sealed class BulkLoadTests(ImportDatabase db) : IClassFixture<ImportDatabase>
{
    [Fact]
    public async Task Bulk_path_gives_the_same_records_slugs_and_change_log_as_the_incremental_path()
    {
        await db.ImportTextAsync("RES-A", "id;nom;cp;thèmes\nX1;La Cagette;13100;AMAP\nX2;La Cagette;13001;AMAP\nX3;Jardin-2;69001;AMAP\n");
        var schema = await db.InitiativesSchemaAsync();
        var file = MixedFile(60);

        var incremental = await db.ImportTextAsync("RES-B", file, indexes: IndexStrategy.Incremental);
        var incrementalRecords = await RecordsAsync("RES-B");
        var incrementalLog = await InsertLogAsync("RES-B");
        await db.ExecuteAsync("DELETE FROM initiatives WHERE network_code = 'RES-B'");

        var bulk = await db.ImportTextAsync("RES-B", file, indexes: IndexStrategy.RebuildIndexes);

        Assert.False(incremental.IndexesRebuilt);
        Assert.True(bulk.IndexesRebuilt);
        Assert.Equal((incremental.Read, incremental.Created, incremental.Rejected, incremental.Warnings),
            (bulk.Read, bulk.Created, bulk.Rejected, bulk.Warnings));
        Assert.Equal(incremental.Rows, bulk.Rows);
        Assert.Equal(incrementalRecords, await RecordsAsync("RES-B"));
        Assert.Equal(incrementalLog, await InsertLogAsync("RES-B"));
        Assert.Equal(schema, await db.InitiativesSchemaAsync());
        var slugs = incrementalRecords.Select(r => r.Split('|')[0]).ToList();
        Assert.Equal(slugs.Count, slugs.Distinct().Count());
        Assert.True(slugs.Count(s => s.StartsWith("la-cagette-", StringComparison.Ordinal)) >= 14, "colliding names are numbered");
    }

    [Fact]
    public async Task Reimport_after_a_bulk_load_changes_nothing_and_uses_the_rebuilt_unique_index()
    {
        var file = MixedFile(40);
        await db.ImportTextAsync("RES-C", file, indexes: IndexStrategy.RebuildIndexes);
        var before = await db.SnapshotAsync();
        var again = await db.ImportTextAsync("RES-C", file, indexes: IndexStrategy.RebuildIndexes);
        Assert.Equal(0L, again.Created);
        Assert.Equal(before, await db.SnapshotAsync());
        var duplicate = await Assert.ThrowsAsync<PostgresException>(() => db.ExecuteAsync(
            "UPDATE initiatives SET slug = (SELECT min(slug) FROM initiatives WHERE network_code = 'RES-C') WHERE network_code = 'RES-C'"));
        Assert.Equal("IX_initiatives_slug", duplicate.ConstraintName);
    }

    [Fact]
    public async Task A_failure_while_rebuilding_rolls_back_the_rows_and_puts_every_index_back()
    {
        // An index the bulk path must drop and rebuild, which the file's two identical phone numbers will break.
        await db.ExecuteAsync("CREATE UNIQUE INDEX test_unique_phone ON initiatives (phone)");
        try
        {
            var schema = await db.InitiativesSchemaAsync();
            var before = await db.SnapshotAsync();
            var file = "id;nom;téléphone;thèmes\nP1;Premier;04 42 00 00 01;AMAP\nP2;Second;04 42 00 00 01;AMAP\n";

            var failure = await Assert.ThrowsAsync<PostgresException>(() => db.ImportTextAsync("RES-D", file, indexes: IndexStrategy.RebuildIndexes));

            Assert.Equal(PostgresErrorCodes.UniqueViolation, failure.SqlState);
            Assert.Contains("test_unique_phone", failure.MessageText + failure.Detail + failure.ConstraintName, StringComparison.Ordinal);
            Assert.Equal(schema, await db.InitiativesSchemaAsync());
            Assert.Equal(before, await db.SnapshotAsync());
        }
        finally
        {
            await db.ExecuteAsync("DROP INDEX test_unique_phone");
        }
    }

    [Fact]
    public async Task Small_imports_and_dry_runs_keep_the_indexes_in_place()
    {
        var small = await db.ImportTextAsync("RES-E", MixedFile(30));
        var dryRun = await db.ImportTextAsync("RES-F", MixedFile(30), dryRun: true, indexes: IndexStrategy.RebuildIndexes);
        Assert.False(small.IndexesRebuilt);
        Assert.False(dryRun.IndexesRebuilt);
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM initiatives WHERE network_code = 'RES-F'"));
    }

    [Fact]
    public async Task A_table_busy_with_readers_makes_a_large_import_take_the_incremental_path_instead_of_waiting()
    {
        await using var reader = await db.DataSource.OpenConnectionAsync();
        await using var readTransaction = await reader.BeginTransactionAsync();
        await using (var read = new NpgsqlCommand("SELECT count(*) FROM initiatives", reader, readTransaction))
        {
            await read.ExecuteScalarAsync();
        }

        var report = await db.ImportTextAsync("RES-G", MixedFile(20), indexes: IndexStrategy.RebuildIndexes);

        Assert.False(report.IndexesRebuilt);
        Assert.Equal(20L, report.Created);
        Assert.Contains(report.Phases, p => p.Name == "lock initiatives: busy, incremental path instead");
        await readTransaction.RollbackAsync();
    }

    [Theory]
    [InlineData(19_999, 0, false)]
    [InlineData(20_000, 0, true)]
    [InlineData(20_000, 80_000, true)]
    [InlineData(20_000, 80_001, false)]
    [InlineData(1_000_000, 500_000, true)]
    public void Rebuilding_pays_off_only_for_many_rows_relative_to_the_table(long newRows, long existingRows, bool expected) =>
        Assert.Equal(expected, BulkLoad.PaysOff(newRows, existingRows));

    /// <summary>Records with colliding names (slugs), a name that meets an existing slug, no location, a rejected row, a repeated id.</summary>
    private static string MixedFile(int rows)
    {
        var csv = new StringBuilder("id;nom;cp;latitude;longitude;thèmes\n");
        for (var i = 0; i < rows; i++)
        {
            var name = (i % 4) switch { 0 => "La Cagette", 1 => $"Atelier {i}", 2 => "Jardin", _ => "Jardin-2" };
            var position = i % 5 == 0 ? ";" : string.Create(CultureInfo.InvariantCulture, $"{43.5 + i / 1000.0};{5.4 + i / 1000.0}");
            csv.Append(CultureInfo.InvariantCulture, $"M{i};{name};{13100 + i % 3};{position};{(i % 6 == 0 ? "Inconnue" : "AMAP")}\n");
        }

        csv.Append(";;13100;;;AMAP\n");
        csv.Append("M1;Atelier bis;13100;;;AMAP\n");
        return csv.ToString();
    }

    private async Task<List<string>> RecordsAsync(string network) => await db.RowsAsync($"""
        SELECT slug, name, external_id, postcode, region_code, department_code, ST_AsText(location), themes, tags, status, legal_status, source_ref
        FROM initiatives WHERE network_code = '{network}' ORDER BY external_id
        """);

    /// <summary>The change log of the network's records: one 'I' entry per record, all written by one transaction.</summary>
    private async Task<string> InsertLogAsync(string network) => string.Join(";", await db.RowsAsync($"""
        SELECT c.operation, count(*), count(DISTINCT c.tx_id), count(DISTINCT c.initiative_id)
        FROM change_log c JOIN initiatives i ON i.id = c.initiative_id
        WHERE i.network_code = '{network}' GROUP BY c.operation ORDER BY c.operation
        """));
}
