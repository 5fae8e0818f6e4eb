using System.Diagnostics;
using Bdis.Import.Bench;
using Bdis.Testing;

namespace Bdis.Import.Tests;

/// <summary>The real `bdis` process killed with SIGKILL in the middle of an import: the store is exactly as before.</summary>
public sealed class KillDuringImportTests(ImportDatabase db) : IClassFixture<ImportDatabase>, IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"bdis-kill-{Guid.NewGuid():N}.csv");

    [Fact]
    public async Task Kill_9_while_rows_are_being_copied_leaves_the_store_exactly_as_before()
    {
        await db.ImportTextAsync("RES-A", "id;nom;thèmes\nK1;Avant;AMAP\n");
        // The network already has a record: no direct load, every row goes through the staging table.
        await db.ExecuteAsync("INSERT INTO networks (code, name, regions, created_at) VALUES ('BENCH', 'Bench', ARRAY[]::text[], now())");
        await db.ImportTextAsync("BENCH", "id;nom;thèmes\nK0;Déjà là;AMAP\n");
        var before = await db.SnapshotAsync();
        await BenchRows.WriteFileAsync(_file, 400_000, CancellationToken.None);

        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "bdis.dll"), "import", "initiatives", _file, "--network", "BENCH"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["ConnectionStrings__Bdis"] = db.ConnectionString },
        };
        using var process = Process.Start(start)!;
        await Eventually.TrueAsync(async () => process.HasExited || await db.ScalarAsync<long>(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'COPY import_staging%'") > 0,
            "the import reaches the COPY into the staging table", 60);
        Assert.False(process.HasExited, "the import finished before it reached the COPY");
        // Rows are flowing: the server's own progress view counts those the COPY has received.
        await Eventually.TrueAsync(async () => process.HasExited || await db.ScalarAsync<long>(
            "SELECT coalesce(max(tuples_processed), 0) FROM pg_stat_progress_copy WHERE datname = current_database() AND command = 'COPY FROM'") >= 20_000,
            "20,000 rows have reached the staging table", 60);
        Assert.False(process.HasExited, "the import finished before it could be killed: use a bigger file");
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();

        // The server ends the transaction once it notices its client is gone.
        await Eventually.TrueAsync(async () => await db.ScalarAsync<long>(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'COPY import_staging%' AND state <> 'idle'") == 0,
            "the killed import's COPY has ended", 60);

        Assert.Equal(before, await db.SnapshotAsync());
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM initiatives WHERE network_code = 'BENCH'"));
    }

    [Fact]
    public async Task Kill_9_while_the_indexes_are_dropped_for_a_bulk_load_leaves_the_store_and_its_indexes_as_before()
    {
        await db.ImportTextAsync("RES-B", "id;nom;thèmes\nK2;Avant aussi;AMAP\n");
        var before = await db.SnapshotAsync();
        var schema = await db.InitiativesSchemaAsync();
        await BenchRows.WriteFileAsync(_file, 150_000, CancellationToken.None);
        // A network without records: the first large import is a direct load (indexes dropped, then COPY into initiatives).
        await db.ExecuteAsync("INSERT INTO networks (code, name, regions, created_at) VALUES ('BENCH-D', 'Bench direct', ARRAY[]::text[], now())");

        using var process = StartImport("BENCH-D");
        // Any of these runs only after the secondary indexes were dropped in the import's transaction.
        await Eventually.TrueAsync(async () => process.HasExited || await db.ScalarAsync<long>("""
            SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state = 'active'
              AND (query LIKE 'COPY initiatives%' OR query LIKE 'INSERT INTO initiatives%' OR query LIKE 'CREATE %INDEX%' OR query LIKE 'ALTER TABLE initiatives ADD%')
            """) > 0, "the import reaches the bulk insert", 60);

        Assert.False(process.HasExited, "the import finished before it could be killed: use a bigger file");
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();

        // The server rolls the transaction back once it notices its client is gone; until then the table stays locked.
        Assert.Equal(before, await db.SnapshotAsync());
        Assert.Equal(schema, await db.InitiativesSchemaAsync());
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM initiatives WHERE network_code = 'BENCH-D'"));
    }

    public void Dispose() => File.Delete(_file);

    private Process StartImport(string network) => Process.Start(
        new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "bdis.dll"), "import", "initiatives", _file, "--network", network])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["ConnectionStrings__Bdis"] = db.ConnectionString },
        })!;
}
