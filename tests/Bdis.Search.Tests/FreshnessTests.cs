using Bdis.Search.Contracts;
using Bdis.Search.Indexing;
using Bdis.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Bdis.Search.Tests;

/// <summary>The index follows PostgreSQL through the change log, on a real database, without losing a change.</summary>
public sealed class FreshnessTests : IAsyncLifetime
{
    private string _connectionString = string.Empty;

    public async Task InitializeAsync() => _connectionString = await TestCluster.CreateDatabaseAsync("fresh");

    public async Task DisposeAsync() => await TestCluster.DropDatabaseAsync(_connectionString);

    private static string State(SearchHost host)
    {
        if (!host.Index.IsOpen)
        {
            return "index not open";
        }

        using var lease = host.Index.Acquire();
        return $"found {Count(host, "graphemotheque")} graphemotheque and {Count(host, "zinzolinerie")} zinzolinerie, "
            + $"{lease.Searcher.IndexReader.NumDocs} documents, watermark {host.Index.Current?.Watermark}";
    }

    private static long Count(SearchHost host, string text) => host.Search.Search(new SearchQuery { Text = text, WithFacets = false }).Total;

    [Fact]
    public async Task A_change_set_larger_than_a_chunk_is_applied_whole()
    {
        await using var host = await SearchHost.StartAsync(_connectionString);
        const int Created = (2 * ChangeApplier.ChunkSize) + 2_000;
        await host.ExecuteAsync($"""
            INSERT INTO initiatives (id, slug, name, themes, tags, network_code, legal_status, status, created_at, source_kind, updated_at,
                location, region_code, department_code)
            SELECT gen_random_uuid(), 'graphemotheque-' || g, 'Graphémothèque ' || g, ARRAY['consommer'], ARRAY[]::text[],
                (SELECT code FROM networks ORDER BY code LIMIT 1), 1, 2, now(), 0, now(), ST_SetSRID(ST_MakePoint(-1.68, 48.11), 4326), '53', '35'
            FROM generate_series(1, {Created}) g
            """);
        // A liveness bound, not a timing: 12,000 documents on a 2-core machine shared with every other test assembly.
        await Eventually.TrueAsync(() => Count(host, "graphemotheque") == Created, "every created record is found", 180, () => State(host));

        // One transaction renames a quarter and archives another quarter: spread over several chunks too.
        await host.ExecuteAsync($"""
            WITH numbered AS (SELECT id, row_number() OVER (ORDER BY slug) AS n FROM initiatives WHERE slug LIKE 'graphemotheque-%')
            UPDATE initiatives i SET
                name = CASE WHEN n % 4 = 0 THEN 'Zinzolinerie ' || n ELSE i.name END,
                status = CASE WHEN n % 4 = 1 THEN 3 ELSE i.status END
            FROM numbered WHERE numbered.id = i.id AND n % 4 IN (0, 1)
            """);
        await Eventually.TrueAsync(() => Count(host, "graphemotheque") == Created / 2 && Count(host, "zinzolinerie") == Created / 4,
            "the renames and archives are all applied", 180, () => State(host));
    }

    [Fact]
    public async Task A_created_then_updated_then_archived_then_deleted_record_appears_changes_and_disappears()
    {
        await using var host = await SearchHost.StartAsync(_connectionString);
        var created = await Records.CreateAsync(_connectionString, Records.New("Zorglubothèque des Lices"));
        await Eventually.TrueAsync(() => Count(host, "zorglubotheque") == 1, "the created record is found");

        var renamed = Records.New("Biblioplume des Lices");
        renamed.Id = created.Id;
        await Records.UpdateAsync(_connectionString, renamed);
        await Eventually.TrueAsync(() => Count(host, "biblioplume") == 1 && Count(host, "zorglubotheque") == 0, "the new name replaces the old");
        Assert.Equal(created.Slug, host.Search.Search(new SearchQuery { Text = "biblioplume" }).Items.Single().Slug);

        await Records.ArchiveAsync(_connectionString, created.Id);
        await Eventually.TrueAsync(() => Count(host, "biblioplume") == 0, "the archived record leaves the index");

        var other = await Records.CreateAsync(_connectionString, Records.New("Cartoucherie éphémère"));
        await Eventually.TrueAsync(() => Count(host, "cartoucherie") == 1, "a second record is found");
        await Records.DeleteAsync(_connectionString, other.Id);
        await Eventually.TrueAsync(() => Count(host, "cartoucherie") == 0, "the deleted record leaves the index");
    }

    [Fact]
    public async Task Changes_committed_while_no_host_applies_them_are_caught_up_on_restart()
    {
        var indexDirectory = SearchHost.NewIndexDirectory();
        var first = await SearchHost.StartAsync(_connectionString, indexDirectory);
        var kept = await Records.CreateAsync(_connectionString, Records.New("Pantoufleraie du Thabor"));
        await Eventually.TrueAsync(() => Count(first, "pantoufleraie") == 1, "indexed before the stop");
        var watermarkBefore = first.Index.Current!.Watermark;
        await first.StopAsync();

        // Committed in PostgreSQL, never applied to the index: as if the host died right after the database commit.
        var added = await Records.CreateAsync(_connectionString, Records.New("Grimoirerie de Bréquigny"));
        await Records.ArchiveAsync(_connectionString, kept.Id);

        await using var second = await SearchHost.StartAsync(_connectionString, indexDirectory);
        Assert.Equal(1, Count(second, "grimoirerie"));
        Assert.Equal(0, Count(second, "pantoufleraie"));
        // The watermark is the cluster-wide snapshot xmin: it never goes back, but a transaction left open by another
        // test class on the same cluster can hold it where it was (the catch-up above is what proves nothing was lost).
        Assert.True(second.Index.Current!.Watermark >= watermarkBefore);
        Assert.Equal(added.Slug, second.Search.Search(new SearchQuery { Text = "grimoirerie" }).Items.Single().Slug);
    }

    [Fact]
    public async Task A_long_transaction_that_commits_after_later_ones_is_not_skipped()
    {
        await using var host = await SearchHost.StartAsync(_connectionString);
        await using var slow = new NpgsqlConnection(_connectionString);
        await slow.OpenAsync();
        await using var slowTx = await slow.BeginTransactionAsync();
        var early = await Records.CreateAsync(_connectionString, Records.New("Premiere Tartempionnerie"));
        await using (var update = new NpgsqlCommand("UPDATE initiatives SET name = 'Lente Escargoterie' WHERE id = $1", slow, slowTx)
        {
            Parameters = { new() { Value = early.Id } },
        })
        {
            await update.ExecuteNonQueryAsync();
        }

        // A later transaction commits and is applied while the slow one (older transaction id) is still open.
        await Records.CreateAsync(_connectionString, Records.New("Rapide Coquecigrue"));
        await Eventually.TrueAsync(() => Count(host, "coquecigrue") == 1, "the fast transaction is applied");
        // One more committed change applied after it: the applier has read the log again while the slow one stayed open.
        await Records.CreateAsync(_connectionString, Records.New("Suivante Mirlitonnerie"));
        await Eventually.TrueAsync(() => Count(host, "mirlitonnerie") == 1, "a later transaction is applied");
        Assert.Equal(0, Count(host, "escargoterie"));

        await slowTx.CommitAsync();
        await Eventually.TrueAsync(() => Count(host, "escargoterie") == 1, "the slow transaction is applied after its commit");
        Assert.Equal(0, Count(host, "tartempionnerie"));
    }

    [Fact]
    public async Task While_an_older_transaction_stays_open_applied_changes_are_not_read_again()
    {
        // The host's own poll waits a minute: the applier is driven by hand below.
        await using var host = await SearchHost.StartAsync(_connectionString, pollMs: 60_000);
        var applier = host.Services.GetRequiredService<ChangeApplier>();
        await using var open = new NpgsqlConnection(_connectionString);
        await open.OpenAsync();
        await using var openTx = await open.BeginTransactionAsync();
        await using (var takeId = new NpgsqlCommand("SELECT pg_current_xact_id()", open, openTx))
        {
            await takeId.ExecuteScalarAsync();
        }

        await Records.CreateAsync(_connectionString, Records.New("Ornithorynquerie des Gayeulles"));
        await Records.CreateAsync(_connectionString, Records.New("Tamanoirerie des Gayeulles"));

        var first = await applier.ApplyAsync(host.Index.Current!, CancellationToken.None);
        var second = await applier.ApplyAsync(host.Index.Current!, CancellationToken.None);

        Assert.True(first.Changed >= 2, $"the two new records are applied ({first.Changed} changes)");
        Assert.Equal(1, Count(host, "ornithorynquerie"));
        // The open transaction holds the snapshot's xmin below both changes; they are covered all the same.
        Assert.Equal(0, second.Changed);
        Assert.Equal(0, (await applier.LagAsync(host.Index.Current!.Position!, CancellationToken.None)).Pending);

        await openTx.RollbackAsync();
    }

    [Fact]
    public async Task Two_replicas_on_the_same_change_log_both_follow_a_change()
    {
        await using var one = await SearchHost.StartAsync(_connectionString);
        await using var two = await SearchHost.StartAsync(_connectionString);
        await Records.CreateAsync(_connectionString, Records.New("Fanfaronnerie partagée"));
        await Eventually.TrueAsync(() => Count(one, "fanfaronnerie") == 1 && Count(two, "fanfaronnerie") == 1, "both replicas see it");
    }

    [Fact]
    public async Task An_unreadable_index_is_rebuilt_on_start()
    {
        var indexDirectory = SearchHost.NewIndexDirectory();
        var first = await SearchHost.StartAsync(_connectionString, indexDirectory);
        var total = first.Search.Search(new SearchQuery()).Total;
        var generation = first.Index.Current!.Name;
        await first.StopAsync();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(indexDirectory, generation), "segments*"))
        {
            await File.WriteAllTextAsync(file, "not an index");
        }

        await using var second = await SearchHost.StartAsync(_connectionString, indexDirectory);
        Assert.NotEqual(generation, second.Index.Current!.Name);
        Assert.Equal(total, second.Search.Search(new SearchQuery()).Total);
    }

    [Fact]
    public async Task Reindex_while_queries_run_serves_results_throughout_and_the_host_switches_to_the_new_generation()
    {
        await using var host = await SearchHost.StartAsync(_connectionString);
        var expected = host.Search.Search(new SearchQuery { WithFacets = false }).Total;
        var before = host.Index.Current!.Name;
        var failures = new List<string>();
        var queries = 0;
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    var total = host.Search.Search(new SearchQuery { Text = "ressourcerie", WithFacets = true }).Total
                        + host.Search.Search(new SearchQuery { WithFacets = false }).Total;
                    Interlocked.Increment(ref queries);
                    if (total <= expected)
                    {
                        lock (failures) { failures.Add($"only {total} results"); }
                    }
                }
                catch (Exception e)
                {
                    lock (failures) { failures.Add(e.GetType().Name + ": " + e.Message); }
                }
            }
        })).ToArray();

        // What `bdis reindex` does, from outside the host: build aside, publish; twice.
        var builder = host.Services.GetRequiredService<IndexBuilder>();
        for (var i = 0; i < 2; i++)
        {
            var built = await builder.BuildAsync(host.Index.Location);
            await Eventually.TrueAsync(() => host.Index.Current?.Name == built.Generation, "the host switches to the new generation");
        }

        await Records.CreateAsync(_connectionString, Records.New("Reindexerie nouvelle"));
        await Eventually.TrueAsync(() => Count(host, "reindexerie") == 1, "changes keep being applied after the switch");
        stop.Cancel();
        await Task.WhenAll(readers);
        Assert.NotEqual(before, host.Index.Current!.Name);
        Assert.True(queries > 10, $"only {queries} queries ran");
        Assert.Empty(failures);
        Assert.Single(Directory.EnumerateDirectories(host.Index.Location.Root, "gen-*"));
    }
}
