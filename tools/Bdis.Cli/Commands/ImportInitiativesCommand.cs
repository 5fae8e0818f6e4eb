using System.CommandLine;
using System.Globalization;
using Bdis.Cli.CommandLine;
using Bdis.Cli.Hosting;
using Bdis.Cli.Resources;
using Bdis.Core.Reference;
using Bdis.Import;
using Bdis.Import.Mapping;
using Bdis.Import.Reports;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Bdis.Cli.Commands;

public sealed class ImportInitiativesCommand : CliCommand
{
    private const int RowsShown = 30;

    // The command's arguments and options, each declared here once.
    private readonly Argument<string> _file = new(CliText.ValueFile) { Description = CliText.ImportFileArgument };
    private readonly Option<string> _network = CliOptions.Text("--network", "CODE", CliText.ImportNetworkOption);
    private readonly Option<string> _mapping = CliOptions.Text("--mapping", CliText.ValueFile, CliText.MappingOption);
    private readonly Option<string> _sheet = CliOptions.Text("--sheet", CliText.ValueSheet, CliText.SheetOption);
    private readonly Option<bool> _dryRun = CliOptions.Flag("--dry-run", CliText.DryRunOption);
    private readonly Option<string> _report = CliOptions.Text("--report", $"{CliText.ValueFile}.csv", CliText.ReportOption);
    private readonly Option<bool> _json = CliOptions.Flag("--json", CliText.ImportJsonOption);

    public override IReadOnlyList<string> Words { get; } = ["import", "initiatives"];

    public override Command Define()
    {
        var command = new Command("initiatives", CliText.ImportDescription) { _file, _network, _mapping, _sheet, _dryRun, _report, _json };
        command.Require(_network);
        return command;
    }

    public override async Task<int> RunAsync(ParseResult parse, IServiceProvider services, CancellationToken ct)
    {
        var console = services.GetRequiredService<CliConsole>();
        var file = parse.GetRequiredValue(_file);
        var options = new ImportOptions(parse.GetRequiredValue(_network))
        {
            Profile = parse.GetValue(_mapping) is { } mapping ? ImportProfile.Load(mapping) : ImportProfile.Empty,
            DryRun = parse.GetValue(_dryRun),
            Sheet = parse.GetValue(_sheet),
            SourceName = Path.GetFileName(file),
        };
        if (!File.Exists(file))
        {
            throw new FileNotFoundException(string.Format(CultureInfo.CurrentCulture, CliText.FileMissing, file));
        }

        var importer = new InitiativeImporter(services.GetRequiredService<NpgsqlDataSource>(), services.GetRequiredService<Referentials>());
        await using var input = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan | FileOptions.Asynchronous);
        var progress = TerminalProgress.ForConsole(console.Error);
        var report = await importer.ImportAsync(input, options, progress, ct);
        progress?.Finish();

        if (parse.GetValue(_report) is { } reportPath)
        {
            await using var reportFile = File.Create(reportPath);
            ReportWriter.WriteCsv(report, reportFile);
        }

        if (parse.GetValue(_json))
        {
            await using var json = new MemoryStream();
            ReportWriter.WriteJson(report, json);
            await console.Out.WriteLineAsync(System.Text.Encoding.UTF8.GetString(json.ToArray()));
        }
        else
        {
            await WriteSummaryAsync(console.Out, report);
        }

        if (report.Read == 0)
        {
            await console.Error.WriteLineAsync(CliText.ImportHeaderOnly);
            return 1;
        }

        if (report.Created + report.Updated + report.Unchanged == 0)
        {
            await console.Error.WriteLineAsync(string.Format(CultureInfo.CurrentCulture, CliText.ImportAllRejected, report.Read));
            return 1;
        }

        return 0;
    }

    private static async Task WriteSummaryAsync(TextWriter output, ImportReport report)
    {
        await output.WriteLineAsync(ReportWriter.Summary(report));
        foreach (var row in report.Rows.Take(RowsShown))
        {
            var severity = row.Severity switch
            {
                Severity.Error => CliText.SeverityError,
                Severity.Warning => CliText.SeverityWarning,
                _ => CliText.SeverityInfo,
            };
            await output.WriteLineAsync("  " + string.Format(CultureInfo.CurrentCulture, CliText.ImportRowLine, row.Line, severity, row.Field, row.Message));
        }

        if (report.Rows.Count > RowsShown)
        {
            await output.WriteLineAsync("  " + string.Format(CultureInfo.CurrentCulture, CliText.ImportMoreMessages, report.Rows.Count - RowsShown));
        }
    }
}
