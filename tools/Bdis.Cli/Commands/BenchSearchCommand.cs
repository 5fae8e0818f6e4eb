using System.CommandLine;
using Bdis.Cli.Bench.Search;
using Bdis.Cli.CommandLine;
using Bdis.Cli.Hosting;
using Bdis.Cli.Resources;
using Bdis.Core.Reference;
using Bdis.Data.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bdis.Cli.Commands;

/// <summary>`bdis bench search`: the search engine against the PostgreSQL full-text baseline on N synthetic initiatives.</summary>
public sealed class BenchSearchCommand : CliCommand
{
    private readonly Option<long?> _size = CliOptions.Number("--size", "N", CliText.SizeOption, 1_000, 2_000_000);
    private readonly Option<long?> _queries = CliOptions.Number("--queries", "N", CliText.QueriesOption, 50, 100_000);
    private readonly Option<string> _database = CliOptions.Text("--database", CliText.ValueName, CliText.BenchDatabaseOption);
    private readonly Option<bool> _reload = CliOptions.Flag("--reload", CliText.ReloadOption);
    private readonly Option<bool> _buildOnly = CliOptions.Flag("--build-only", CliText.BuildOnlyOption);
    private readonly Option<bool> _reuseIndex = CliOptions.Flag("--reuse-index", CliText.ReuseIndexOption);
    private readonly Option<bool> _noBaseline = CliOptions.Flag("--no-baseline", CliText.NoBaselineOption);
    private readonly Option<bool> _json = CliOptions.Flag("--json", CliText.JsonOption);
    private readonly Option<string> _jsonFile = CliOptions.Text("--json-file", CliText.ValuePath, CliText.JsonFileOption);

    public override IReadOnlyList<string> Words { get; } = ["bench", "search"];

    public override Command Define()
    {
        _database.Validators.Add(result =>
        {
            var name = result.GetValueOrDefault<string>();
            if (name.Length > 60 || !name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
            {
                result.AddError(CliText.BenchDatabaseInvalid);
            }
        });
        return new Command("search", CliText.BenchSearchDescription)
        {
            _size, _queries, _database, _reload, _buildOnly, _reuseIndex, _noBaseline, _json, _jsonFile,
        };
    }

    public override async Task<int> RunAsync(ParseResult parse, IServiceProvider services, CancellationToken ct)
    {
        var console = services.GetRequiredService<CliConsole>();
        var databaseName = parse.GetValue(_database) ?? "bdis_bench";
        var data = services.GetRequiredService<IConfiguration>().GetSection(BdisDataOptions.SectionName).Get<BdisDataOptions>() ?? new BdisDataOptions();
        var options = new SearchBenchmark.Options((int)(parse.GetValue(_size) ?? 100_000), (int)(parse.GetValue(_queries) ?? 500), databaseName,
            parse.GetValue(_reload), Path.Combine(data.ResolveDataDirectory(), "bench-index", databaseName), parse.GetValue(_buildOnly),
            parse.GetValue(_reuseIndex), parse.GetValue(_noBaseline));
        var benchmark = new SearchBenchmark(services.GetRequiredService<Referentials>(), services.GetRequiredService<ILoggerFactory>().CreateLogger("bench"));
        var report = await benchmark.RunAsync(services.GetRequiredService<ReadyDatabase>().ConnectionString, options, ct);
        await console.Out.WriteLineAsync(parse.GetValue(_json) ? report.ToJson() : report.ToMarkdown());
        if (parse.GetValue(_jsonFile) is { } jsonFile)
        {
            // The same run's JSON as well, so one long run gives both forms.
            await File.WriteAllTextAsync(jsonFile, report.ToJson(), ct);
        }

        return 0;
    }
}
