using System.Globalization;
using Bdis.Cli.CommandLine;
using Bdis.Data;
using Bdis.Import;
using Bdis.Import.Mapping;
using Bdis.Import.Reports;

namespace Bdis.Cli.Commands;

public sealed class ImportInitiativesCommand : ICliCommand
{
    private const int RowsShown = 30;

    public IReadOnlyList<string> Words { get; } = ["import", "initiatives"];

    public string Usage => "import initiatives FILE --network CODE [--mapping FILE] [--sheet NAME] [--dry-run] [--report FILE.csv] [--json]";

    public string Summary => "Import a network's CSV file (one transaction; re-importing changes nothing).";

    public async Task<int> RunAsync(CliContext context, IReadOnlyList<string> args)
    {
        var parsed = ParsedArgs.Parse(args, ["--network", "--mapping", "--report", "--sheet"], ["--dry-run", "--json"]);
        var file = parsed.Positional(0, "FILE");
        parsed.ExpectPositionals(1);
        var options = new ImportOptions(parsed.Required("--network"))
        {
            Profile = parsed.Value("--mapping") is { } mapping ? ImportProfile.Load(mapping) : ImportProfile.Empty,
            DryRun = parsed.Has("--dry-run"),
            Sheet = parsed.Value("--sheet"),
            SourceName = Path.GetFileName(file),
        };
        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"The file {file} does not exist.");
        }

        var database = await context.DatabaseAsync();
        await using var dataSource = BdisDbContextOptions.CreateDataSource(database.ConnectionString);
        await using var input = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan | FileOptions.Asynchronous);
        var progress = TerminalProgress.ForConsole(context.Error);
        var report = await new InitiativeImporter(dataSource, context.Referentials).ImportAsync(input, options, progress, CancellationToken.None);
        progress?.Finish();

        if (parsed.Value("--report") is { } reportPath)
        {
            await using var reportFile = File.Create(reportPath);
            ReportWriter.WriteCsv(report, reportFile);
        }

        if (parsed.Has("--json"))
        {
            await using var json = new MemoryStream();
            ReportWriter.WriteJson(report, json);
            await context.Out.WriteLineAsync(System.Text.Encoding.UTF8.GetString(json.ToArray()));
        }
        else
        {
            await WriteSummaryAsync(context.Out, report);
        }

        if (report.Read == 0)
        {
            await context.Error.WriteLineAsync("The file has a header but no data row: nothing was imported.");
            return 1;
        }

        if (report.Created + report.Updated + report.Unchanged == 0)
        {
            await context.Error.WriteLineAsync($"No row could be imported: all {report.Read} rows were rejected (see the report).");
            return 1;
        }

        return 0;
    }

    private static async Task WriteSummaryAsync(TextWriter output, ImportReport report)
    {
        await output.WriteLineAsync(ReportWriter.Summary(report));
        foreach (var row in report.Rows.Take(RowsShown))
        {
            var severity = ReportWriter.SeverityName(row.Severity);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  line {row.Line} [{severity}] {row.Field}: {row.Message}"));
        }

        if (report.Rows.Count > RowsShown)
        {
            await output.WriteLineAsync($"  … and {report.Rows.Count - RowsShown} more messages (use --report FILE.csv or --json).");
        }
    }
}
