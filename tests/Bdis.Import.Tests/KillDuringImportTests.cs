using System.Diagnostics;
using Bdis.Import.Bench;

namespace Bdis.Import.Tests;

/// <summary>The real `bdis` process killed with SIGKILL in the middle of an import: the store is exactly as before.</summary>
public sealed class KillDuringImportTests(ImportDatabase db) : IClassFixture<ImportDatabase>, IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"bdis-kill-{Guid.NewGuid():N}.csv");

    [Fact]
    public async Task Kill_9_while_rows_are_being_copied_leaves_the_store_exactly_as_before()
    {
        await db.ImportTextAsync("RES-A", "id;nom;thèmes\nK1;Avant;AMAP\n");
        var before = await db.SnapshotAsync();
        await BenchRows.WriteFileAsync(_file, 400_000, CancellationToken.None);
        await db.ExecuteAsync("INSERT INTO networks (code, name, regions, created_at) VALUES ('BENCH', 'Bench', ARRAY[]::text[], now())");

        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "bdis.dll"), "import", "initiatives", _file, "--network", "BENCH"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["ConnectionStrings__Bdis"] = db.ConnectionString },
        };
        using var process = Process.Start(start)!;
        var copying = false;
        for (var i = 0; i < 600 && !process.HasExited && !copying; i++)
        {
            await Task.Delay(100);
            copying = await db.ScalarAsync<long>(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'COPY import_staging%'") > 0;
        }

        Assert.True(copying, "the import never reached the COPY into the staging table");
        await Task.Delay(1500);
        Assert.False(process.HasExited, "the import finished before it could be killed: use a bigger file");
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();

        for (var i = 0; i < 100 && await db.ScalarAsync<long>("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'COPY import_staging%' AND state <> 'idle'") > 0; i++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(before, await db.SnapshotAsync());
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM initiatives WHERE network_code = 'BENCH'"));
    }

    public void Dispose() => File.Delete(_file);
}
