using Bdis.Data.ChangeLog;
using Bdis.Search.Contracts;
using Bdis.Testing;
using Npgsql;

namespace Bdis.Search.Tests;

/// <summary>
/// Pruning the change log on real PostgreSQL: only old rows of finished transactions go, the horizon is recorded, and
/// a replica that missed pruned changes rebuilds rather than serving a stale index.
/// </summary>
public sealed class ChangeLogRetentionTests : IAsyncLifetime
{
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);
    private string _connectionString = string.Empty;
    private NpgsqlDataSource _dataSource = null!;

    public async Task InitializeAsync()
    {
        _connectionString = await TestCluster.CreateDatabaseAsync("retention");
        _dataSource = NpgsqlDataSource.Create(_connectionString);
    }

    public async Task DisposeAsync()
    {
        await _dataSource.DisposeAsync();
        await TestCluster.DropDatabaseAsync(_connectionString);
    }

    private static long Count(SearchHost host, string text) => host.Search.Search(new SearchQuery { Text = text, WithFacets = false }).Total;

    [Fact]
    public async Task Only_rows_older_than_the_retention_of_finished_transactions_are_pruned_and_the_horizon_is_recorded()
    {
        await using var host = await SearchHost.StartAsync(_connectionString);
        var old = await Records.CreateAsync(_connectionString, Records.New("Ancienneté du Colombier"));
        await AgeAsync(old.Id, TimeSpan.FromDays(10));

        // An old-looking row of a transaction still open is not pruned: a replica may not have seen it yet.
        await using var open = await _dataSource.OpenConnectionAsync();
        await using var openTransaction = await open.BeginTransactionAsync();
        await using (var update = new NpgsqlCommand("UPDATE initiatives SET name = name || ' (en cours)' WHERE id = $1", open, openTransaction)
        {
            Parameters = { new() { Value = old.Id } },
        })
        {
            await update.ExecuteNonQueryAsync();
        }

        await using (var age = new NpgsqlCommand(
            "UPDATE change_log SET changed_at = now() - interval '20 days' WHERE tx_id = pg_current_xact_id()", open, openTransaction))
        {
            Assert.Equal(1, await age.ExecuteNonQueryAsync());
        }

        var recent = await Records.CreateAsync(_connectionString, Records.New("Nouveauté du Colombier"));

        await PruneUntilAsync(Week, async () => await RowsAsync(old.Id) == 0, "the old insert is pruned");
        Assert.Equal(1, await RowsAsync(recent.Id));
        var firstHorizon = await HorizonAsync();
        Assert.NotNull(firstHorizon);

        await openTransaction.CommitAsync();
        Assert.Equal(1, await RowsAsync(old.Id)); // the update's row survived while its transaction was open
        await PruneUntilAsync(Week, async () => await RowsAsync(old.Id) == 0, "the update's row is pruned once finished");
        Assert.Equal(1, await RowsAsync(recent.Id)); // recent and of a later transaction: kept
        Assert.True(await HorizonAsync() > firstHorizon);

        var horizon = await HorizonAsync();
        var nothing = await ChangeLogRetention.PruneAsync(_dataSource, Week, default);
        Assert.Equal((0L, (ulong?)null), (nothing.Deleted, nothing.PrunedThrough));
        Assert.Equal(horizon, await HorizonAsync()); // the horizon stays
    }

    [Fact]
    public async Task A_replica_that_was_down_while_its_changes_were_pruned_rebuilds_on_start()
    {
        var indexDirectory = SearchHost.NewIndexDirectory();
        var first = await SearchHost.StartAsync(_connectionString, indexDirectory);
        var gone = await Records.CreateAsync(_connectionString, Records.New("Escarbillerie de Maurepas"));
        await Eventually.TrueAsync(() => Count(first, "escarbillerie") == 1, "indexed before the stop");
        var generation = first.Index.Current!.Name;
        await first.StopAsync();

        await Records.ArchiveAsync(_connectionString, gone.Id);
        await Records.CreateAsync(_connectionString, Records.New("Tintamarrerie de Villejean"));
        await AgeAsync(null, TimeSpan.FromDays(30));
        await PruneUntilAsync(Week, async () => await AllRowsAsync() == 0, "every change is pruned");

        await using var second = await SearchHost.StartAsync(_connectionString, indexDirectory);
        Assert.NotEqual(generation, second.Index.Current!.Name);
        Assert.Equal(0, Count(second, "escarbillerie"));
        Assert.Equal(1, Count(second, "tintamarrerie"));
    }

    [Fact]
    public async Task A_replica_that_already_applied_the_pruned_changes_keeps_its_index_and_follows_new_ones()
    {
        await using var host = await SearchHost.StartAsync(_connectionString);

        // An older transaction left open (as another test class's can be, on the shared cluster) holds the snapshot
        // xmin below the change, so the replica indexes it with a watermark that does not pass it yet.
        await using var older = await _dataSource.OpenConnectionAsync();
        await using var olderTransaction = await older.BeginTransactionAsync();
        await using (var xid = new NpgsqlCommand("SELECT pg_current_xact_id()", older, olderTransaction))
        {
            await xid.ExecuteScalarAsync();
        }

        await Records.CreateAsync(_connectionString, Records.New("Bricolerie de Cleunay"));
        await Eventually.TrueAsync(() => Count(host, "bricolerie") == 1, "indexed");
        var lastChange = await LastTransactionAsync();
        Assert.True(host.Index.Current!.Watermark <= lastChange);
        await olderTransaction.CommitAsync();

        // "Already applied" means no change up to this one can be missing from the index's position. Indexed is not
        // enough: the position recorded then still lists the older transaction (and any another test class left open on
        // the shared cluster) as in progress, so it might have committed changes; an idle replica records a newer
        // position within ChangeApplier.IdleRefresh once they have ended.
        await Eventually.TrueAsync(() => !host.Index.Current!.Position!.MayMissPrunedChanges(lastChange), "the position covers the change");
        var generation = host.Index.Current!.Name;

        await AgeAsync(null, TimeSpan.FromDays(30));
        await PruneUntilAsync(TimeSpan.Zero, async () => await AllRowsAsync() == 0, "every applied change is pruned");
        await Records.CreateAsync(_connectionString, Records.New("Grignoterie de Cleunay"));
        await Eventually.TrueAsync(() => Count(host, "grignoterie") == 1, "a change after the prune is applied");
        Assert.Equal(generation, host.Index.Current!.Name);
        Assert.Equal(1, Count(host, "bricolerie"));
    }

    /// <summary>
    /// Prunes until <paramref name="done"/>: only finished transactions are pruned, judged by the cluster-wide snapshot
    /// xmin, which a transaction of another test class (another database of the shared cluster) can briefly hold back.
    /// </summary>
    private async Task PruneUntilAsync(TimeSpan olderThan, Func<Task<bool>> done, string what) =>
        await Eventually.TrueAsync(async () =>
        {
            await ChangeLogRetention.PruneAsync(_dataSource, olderThan, default);
            return await done();
        }, what, 60);

    private async Task<ulong> LastTransactionAsync()
    {
        await using var command = _dataSource.CreateCommand("SELECT max(tx_id)::text FROM change_log");
        return ulong.Parse((string)(await command.ExecuteScalarAsync())!, System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<long> AllRowsAsync()
    {
        await using var command = _dataSource.CreateCommand("SELECT count(*) FROM change_log");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Moves change-log rows back in time (all of them when <paramref name="id"/> is null).</summary>
    private async Task AgeAsync(Guid? id, TimeSpan age)
    {
        await using var command = _dataSource.CreateCommand(
            "UPDATE change_log SET changed_at = now() - $1 WHERE $2::uuid IS NULL OR initiative_id = $2");
        command.Parameters.Add(new() { Value = age });
        command.Parameters.Add(new() { Value = (object?)id ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Uuid });
        await command.ExecuteNonQueryAsync();
    }

    private async Task<long> RowsAsync(Guid id)
    {
        await using var command = _dataSource.CreateCommand("SELECT count(*) FROM change_log WHERE initiative_id = $1");
        command.Parameters.Add(new() { Value = id });
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<ulong?> HorizonAsync()
    {
        await using var command = _dataSource.CreateCommand("SELECT pruned_through::text FROM change_log_horizon");
        return await command.ExecuteScalarAsync() is string text ? ulong.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : null;
    }
}
