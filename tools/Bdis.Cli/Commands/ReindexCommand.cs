using System.Globalization;
using Bdis.Cli.CommandLine;
using Bdis.Data;
using Bdis.Search.Hosting;
using Bdis.Search.Indexing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Bdis.Cli.Commands;

/// <summary>
/// Rebuilds the search index from PostgreSQL aside (a new generation folder), then switches the "current" pointer
/// atomically. A running host notices within a poll, swaps its searchers without stopping queries, and catches up
/// from the new generation's change-log watermark.
/// </summary>
public sealed class ReindexCommand : ICliCommand
{
    public IReadOnlyList<string> Words { get; } = ["reindex"];

    public string Usage => "reindex [--index-dir PATH]";

    public string Summary => "Rebuild the search index from the database without downtime (build aside, then switch).";

    public async Task<int> RunAsync(CliContext context, IReadOnlyList<string> args)
    {
        var parsed = ParsedArgs.Parse(args, ["--index-dir"], []);
        parsed.ExpectPositionals(0);
        var options = context.Configuration.GetSection(SearchOptions.SectionName).Get<SearchOptions>() ?? new SearchOptions();
        if (parsed.Value("--index-dir") is { } dir)
        {
            options.IndexDirectory = dir;
        }

        var location = new IndexLocation(SearchHostingExtensions.ResolveIndexDirectory(context.Configuration, options));
        var database = await context.DatabaseAsync();
        await using var dataSource = BdisDbContextOptions.CreateDataSource(database.ConnectionString);
        var previous = location.ReadCurrent();
        var builder = new IndexBuilder(dataSource, new InitiativeDocuments(context.Referentials), context.LoggerFactory.CreateLogger<IndexBuilder>());
        var result = await builder.BuildAsync(location, publish: true);

        // The previous generation may still be open in a running host until it swaps (it deletes it then).
        location.DeleteGenerationsOlderThan(result.Generation, keep: previous);
        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Rebuilt the search index in {location.Root}: {result.Documents} initiatives in {result.Elapsed.TotalSeconds:0.0} s (generation {result.Generation})."));
        return 0;
    }
}
