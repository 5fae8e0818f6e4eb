using Bdis.Search.Contracts;
using Bdis.Testing;
using Npgsql;

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
            var transaction = await UpdateAsync(offset);
            // Applied means the index's watermark passed the update's transaction. (The segment count is no sign: a
            // merge of small segments can bring it back to what it was, and under load a batch may be applied twice.)
            await Eventually.TrueAsync(() => Host.Index.Current!.Watermark > transaction, "the updates are applied", 60);
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

    /// <summary>Touches 60 records (a batch the applier writes as a new segment); returns the writing transaction's id.</summary>
    private async Task<ulong> UpdateAsync(int offset)
    {
        await using var connection = new NpgsqlConnection(Host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"""
            WITH touched AS (
                UPDATE initiatives SET updated_at = now() WHERE id IN (SELECT id FROM initiatives ORDER BY name OFFSET {offset} LIMIT 60) RETURNING 1)
            SELECT pg_current_xact_id()::text FROM (SELECT count(*) FROM touched) t
            """, connection);
        return ulong.Parse((string)(await command.ExecuteScalarAsync())!, System.Globalization.CultureInfo.InvariantCulture);
    }

    private int SegmentCount()
    {
        using var lease = Host.Index.Acquire();
        return lease.Searcher.IndexReader.Leaves.Count;
    }
}
