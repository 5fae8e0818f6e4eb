using Bdis.Search.Contracts;
using Bdis.Testing;

namespace Bdis.Search.Tests;

/// <summary>
/// A host over the demo data whose index has several segments with deletions: three batches of updates, each
/// applied from the change log as a new segment (deleting the records' old versions in the others).
/// </summary>
public sealed class MultiSegmentDemoFixture : IAsyncLifetime
{
    private SearchHost? _host;

    public SearchHost Host => _host ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        _host = await SearchHost.StartOnNewDatabaseAsync("parallel");
        await Eventually.TrueAsync(() => Host.Index.IsOpen && Host.Search.Search(new SearchQuery()).Total > 300, "the demo data is indexed", 60);
        foreach (var offset in new[] { 0, 70, 140 })
        {
            var before = SegmentCount();
            await Host.ExecuteAsync(
                $"UPDATE initiatives SET updated_at = now() WHERE id IN (SELECT id FROM initiatives ORDER BY name OFFSET {offset} LIMIT 60)");
            // Usually one more segment; under load the applier may also re-apply a batch (another test's transaction
            // holding the snapshot xmin) and merge small segments, so the count is not waited for exactly.
            await Eventually.TrueAsync(() => SegmentCount() != before, "the updates are applied as a new segment", 60);
        }

        await Eventually.TrueAsync(() => SegmentCount() >= 3, "several segments", 60);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
            await TestCluster.DropDatabaseAsync(_host.ConnectionString);
        }
    }

    private int SegmentCount()
    {
        using var lease = Host.Index.Acquire();
        return lease.Searcher.IndexReader.Leaves.Count;
    }
}
