using System.Diagnostics;
using Bdis.Core.Reference;
using Npgsql;

namespace Bdis.Import.Bench;

/// <summary>
/// Runs the two raw COPY baselines (into the indexes as they stand; indexes dropped and rebuilt), then the full import of the same rows from a generated CSV file, each into an empty
/// <c>initiatives</c> table of the given (scratch) database, and times both.
/// </summary>
public static class ImportBenchmark
{
    public static async Task<BenchResult> RunAsync(NpgsqlDataSource dataSource, Referentials referentials, long rows, string workFolder,
        IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var file = Path.Combine(workFolder, $"bdis-bench-{rows}-{Guid.NewGuid():N}.csv");
        try
        {
            await BenchRows.WriteFileAsync(file, rows, ct);
            await ResetAsync(dataSource, ct);
            var clock = Stopwatch.StartNew();
            await RawCopy.RunAsync(dataSource, rows, rebuildIndexes: false, ct);
            var rawSeconds = clock.Elapsed.TotalSeconds;

            await ResetAsync(dataSource, ct);
            clock.Restart();
            await RawCopy.RunAsync(dataSource, rows, rebuildIndexes: true, ct);
            var rawRebuildSeconds = clock.Elapsed.TotalSeconds;

            await ResetAsync(dataSource, ct);
            clock.Restart();
            await using var input = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan | FileOptions.Asynchronous);
            var report = await new InitiativeImporter(dataSource, referentials).ImportAsync(input, new ImportOptions(BenchRows.Network) { SourceName = "bench.csv" }, progress, ct);
            var importSeconds = clock.Elapsed.TotalSeconds;
            if (report.Created != rows)
            {
                throw new InvalidOperationException($"The benchmark import created {report.Created} records instead of {rows}.");
            }

            return new BenchResult(rows, importSeconds, rawSeconds, rawRebuildSeconds, report);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task ResetAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand($"""
            TRUNCATE initiatives, change_log;
            INSERT INTO networks (code, name, regions, created_at) VALUES ('{BenchRows.Network}', 'Benchmark', ARRAY[]::text[], now()) ON CONFLICT DO NOTHING;
            """);
        await command.ExecuteNonQueryAsync(ct);
    }
}
