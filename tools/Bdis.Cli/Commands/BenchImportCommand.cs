using System.Globalization;
using System.Text.Json;
using Bdis.Cli.CommandLine;
using Bdis.Data;
using Bdis.Data.Hosting;
using Bdis.Import.Bench;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Bdis.Cli.Commands;

/// <summary>Times a full import against a raw COPY of the same clean rows, in a scratch database of the same server.</summary>
public sealed class BenchImportCommand : ICliCommand
{
    public IReadOnlyList<string> Words { get; } = ["bench", "import"];

    public string Usage => "bench import --rows N [--json]";

    public string Summary => "Benchmark the CSV import against a raw COPY of the same rows (scratch database, dropped after).";

    public async Task<int> RunAsync(CliContext context, IReadOnlyList<string> args)
    {
        var parsed = ParsedArgs.Parse(args, ["--rows"], ["--json"]);
        parsed.ExpectPositionals(0);
        if (!long.TryParse(parsed.Required("--rows"), NumberStyles.None, CultureInfo.InvariantCulture, out var rows) || rows is < 1 or > 100_000_000)
        {
            throw new UsageException("--rows must be a whole number between 1 and 100000000.");
        }

        var database = await context.DatabaseAsync();
        var scratchName = $"bdis_bench_{Guid.NewGuid():N}"[..24];
        var maintenance = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = "postgres", Pooling = false }.ConnectionString;
        await BdisDatabase.EnsureDatabaseAsync(maintenance, scratchName, CancellationToken.None);
        var scratch = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = scratchName }.ConnectionString;
        try
        {
            await DatabaseMigrator.MigrateAsync(scratch, NullLogger.Instance);
            BenchResult result;
            await using (var dataSource = BdisDbContextOptions.CreateDataSource(scratch))
            {
                var progress = TerminalProgress.ForConsole(context.Error);
                result = await ImportBenchmark.RunAsync(dataSource, context.Referentials, rows, Path.GetTempPath(), progress, CancellationToken.None);
                progress?.Finish();
            }

            await context.Out.WriteLineAsync(parsed.Has("--json") ? Json(result) : Text(result));
            return 0;
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(maintenance);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{scratchName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private static string Json(BenchResult r) => JsonSerializer.Serialize(new
    {
        rows = r.Rows,
        import = new
        {
            seconds = Math.Round(r.ImportSeconds, 3),
            rowsPerSecond = Math.Round(r.ImportRowsPerSecond),
            indexesRebuilt = r.Report.IndexesRebuilt,
            phases = r.Report.Phases.Select(p => new { phase = p.Name, seconds = Math.Round(p.Duration.TotalSeconds, 3) }),
        },
        rawCopy = new { seconds = Math.Round(r.RawCopySeconds, 3), rowsPerSecond = Math.Round(r.RawCopyRowsPerSecond) },
        rawCopyRebuild = new { seconds = Math.Round(r.RawCopyRebuildSeconds, 3), rowsPerSecond = Math.Round(r.RawCopyRebuildRowsPerSecond) },
    });

    private static string Text(BenchResult r) => string.Create(CultureInfo.InvariantCulture, $"""
        rows:      {r.Rows:N0}
        import:             {r.ImportSeconds,8:F2} s  {r.ImportRowsPerSecond,12:N0} rows/s  (parse, validate, COPY, merge, one transaction)
        raw COPY:           {r.RawCopySeconds,8:F2} s  {r.RawCopyRowsPerSecond,12:N0} rows/s  (same rows, already clean, straight into initiatives)
        raw COPY + rebuild: {r.RawCopyRebuildSeconds,8:F2} s  {r.RawCopyRebuildRowsPerSecond,12:N0} rows/s  (same, secondary indexes dropped before and rebuilt after)
        ratio:              import takes {r.Ratio:F2}x the raw COPY time, {r.ImportSeconds / r.RawCopyRebuildSeconds:F2}x the raw COPY with rebuilt indexes
        import phases ({(r.Report.IndexesRebuilt ? "bulk path: secondary indexes rebuilt" : "incremental path")}):
        {string.Join(Environment.NewLine, r.Report.Phases.Select(p => $"  {p.Duration.TotalSeconds,8:F2} s  {p.Name}"))}
        """);
}
