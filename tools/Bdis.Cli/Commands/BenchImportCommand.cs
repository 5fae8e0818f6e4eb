using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Bdis.Cli.CommandLine;
using Bdis.Cli.Hosting;
using Bdis.Cli.Resources;
using Bdis.Core.Reference;
using Bdis.Data;
using Bdis.Data.Hosting;
using Bdis.Import.Bench;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Bdis.Cli.Commands;

/// <summary>Times a full import against a raw COPY of the same clean rows, in a scratch database of the same server.</summary>
public sealed class BenchImportCommand : CliCommand
{
    private readonly Option<long?> _rows = CliOptions.Number("--rows", "N", CliText.RowsOption, 1, 100_000_000);
    private readonly Option<bool> _json = CliOptions.Flag("--json", CliText.JsonOption);

    public override IReadOnlyList<string> Words { get; } = ["bench", "import"];

    public override Command Define()
    {
        var command = new Command("import", CliText.BenchImportDescription) { _rows, _json };
        command.Require(_rows);
        return command;
    }

    public override async Task<int> RunAsync(ParseResult parse, IServiceProvider services, CancellationToken ct)
    {
        var console = services.GetRequiredService<CliConsole>();
        var rows = parse.GetValue(_rows)!.Value;
        var connectionString = services.GetRequiredService<ReadyDatabase>().ConnectionString;
        var scratchName = $"bdis_bench_{Guid.NewGuid():N}"[..24];
        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false }.ConnectionString;
        await BdisDatabase.EnsureDatabaseAsync(maintenance, scratchName, ct);
        var scratch = new NpgsqlConnectionStringBuilder(connectionString) { Database = scratchName }.ConnectionString;
        try
        {
            await DatabaseMigrator.MigrateAsync(scratch, NullLogger.Instance, ct);
            BenchResult result;
            await using (var dataSource = BdisDbContextOptions.CreateDataSource(scratch))
            {
                var progress = TerminalProgress.ForConsole(console.Error);
                result = await ImportBenchmark.RunAsync(dataSource, services.GetRequiredService<Referentials>(), rows, Path.GetTempPath(), progress, ct);
                progress?.Finish();
            }

            await console.Out.WriteLineAsync(parse.GetValue(_json) ? Json(result) : Text(result));
            return 0;
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(maintenance);
            await connection.OpenAsync(CancellationToken.None);
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{scratchName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync(CancellationToken.None);
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

    // The benchmark's report stays in English, like docs/benchmarks.md where it is recorded.
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
