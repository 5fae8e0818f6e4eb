using System.Globalization;
using Bdis.Cli.Bench.Search;
using Bdis.Cli.CommandLine;
using Bdis.Data.Hosting;
using Microsoft.Extensions.Configuration;

namespace Bdis.Cli.Commands;

/// <summary>`bdis bench search`: the search engine against the PostgreSQL full-text baseline on N synthetic initiatives.</summary>
public sealed class BenchSearchCommand : ICliCommand
{
    public IReadOnlyList<string> Words { get; } = ["bench", "search"];

    public string Usage => "bench search [--size N] [--queries N] [--database NAME] [--reload] [--build-only] [--reuse-index] [--no-baseline] [--json] [--json-file PATH]";

    public string Summary => "Benchmark search, clusters and suggest against a PostgreSQL full-text baseline on N synthetic records (10k-1M).";

    public async Task<int> RunAsync(CliContext context, IReadOnlyList<string> args)
    {
        var parsed = ParsedArgs.Parse(args, ["--size", "--queries", "--database", "--json-file"], ["--reload", "--json", "--build-only", "--reuse-index", "--no-baseline"]);
        parsed.ExpectPositionals(0);
        var size = Int(parsed.Value("--size"), 100_000, 1_000, 2_000_000, "--size");
        var queries = Int(parsed.Value("--queries"), 500, 50, 100_000, "--queries");
        var databaseName = parsed.Value("--database") ?? "bdis_bench";
        if (databaseName.Length > 60 || !databaseName.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
        {
            throw new UsageException("--database must be lower-case letters, digits and '_'.");
        }

        var database = await context.DatabaseAsync();
        var data = context.Configuration.GetSection(BdisDataOptions.SectionName).Get<BdisDataOptions>() ?? new BdisDataOptions();
        var options = new SearchBenchmark.Options(size, queries, databaseName, parsed.Has("--reload"),
            Path.Combine(data.ResolveDataDirectory(), "bench-index", databaseName), parsed.Has("--build-only"),
            parsed.Has("--reuse-index"), parsed.Has("--no-baseline"));
        var report = await new SearchBenchmark(context.Referentials, context.LoggerFactory.CreateLogger("bench")).RunAsync(
            database.ConnectionString, options, CancellationToken.None);
        await context.Out.WriteLineAsync(parsed.Has("--json") ? report.ToJson() : report.ToMarkdown());
        if (parsed.Value("--json-file") is { } jsonFile)
        {
            // The same run's JSON as well, so one long run gives both forms.
            await File.WriteAllTextAsync(jsonFile, report.ToJson());
        }
        return 0;
    }

    private static int Int(string? text, int fallback, int min, int max, string name)
    {
        if (text is null)
        {
            return fallback;
        }

        var cleaned = text.Replace("_", string.Empty, StringComparison.Ordinal);
        if (cleaned.EndsWith('k') || cleaned.EndsWith('K'))
        {
            cleaned = cleaned[..^1] + "000";
        }
        else if (cleaned.EndsWith('m') || cleaned.EndsWith('M'))
        {
            cleaned = cleaned[..^1] + "000000";
        }

        return int.TryParse(cleaned, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new UsageException($"{name} must be a whole number from {min} to {max} (10k and 1M are accepted).");
    }
}
