using System.CommandLine;
using System.Globalization;
using Bdis.Cli.CommandLine;
using Bdis.Cli.Hosting;
using Bdis.Cli.Resources;
using Bdis.Search.Hosting;
using Bdis.Search.Indexing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bdis.Cli.Commands;

/// <summary>
/// Rebuilds the search index from PostgreSQL aside (a new generation folder), then switches the "current" pointer
/// atomically. A running host notices within a poll, swaps its searchers without stopping queries, and catches up
/// from the new generation's change-log watermark.
/// </summary>
public sealed class ReindexCommand : CliCommand
{
    private readonly Option<string> _indexDirectory = CliOptions.Text("--index-dir", CliText.ValuePath, CliText.IndexDirOption);

    public override IReadOnlyList<string> Words { get; } = ["reindex"];

    public override Command Define() => new("reindex", CliText.ReindexDescription) { _indexDirectory };

    public override IEnumerable<KeyValuePair<string, string?>> Settings(ParseResult parse) =>
        parse.GetValue(_indexDirectory) is { } directory ? [new($"{SearchOptions.SectionName}:IndexDirectory", directory)] : [];

    public override async Task<int> RunAsync(ParseResult parse, IServiceProvider services, CancellationToken ct)
    {
        var location = new IndexLocation(SearchHostingExtensions.ResolveIndexDirectory(
            services.GetRequiredService<IConfiguration>(), services.GetRequiredService<IOptions<SearchOptions>>().Value));
        var previous = location.ReadCurrent();
        var result = await services.GetRequiredService<IndexBuilder>().BuildAsync(location, publish: true, ct);

        // The previous generation may still be open in a running host until it swaps (it deletes it then).
        location.DeleteGenerationsOlderThan(result.Generation, keep: previous);
        await services.GetRequiredService<CliConsole>().Out.WriteLineAsync(string.Format(CultureInfo.CurrentCulture, CliText.Reindexed,
            location.Root, result.Documents, result.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture), result.Generation));
        return 0;
    }
}
