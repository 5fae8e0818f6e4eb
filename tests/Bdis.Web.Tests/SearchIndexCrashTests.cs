using System.Text.Json;
using Bdis.Core.Geo;
using Bdis.Core.Initiatives;
using Bdis.Core.Reference;
using Bdis.Data;
using Bdis.Data.Stores;
using Bdis.Testing;
using Npgsql;

namespace Bdis.Web.Tests;

/// <summary>
/// The search index is a projection that may be cut off at any point: the host killed with kill -9 while it applies
/// the change log (a Lucene commit possibly half written), and changes committed while no host runs, are all in the
/// index after the next start.
/// </summary>
public sealed class SearchIndexCrashTests : IAsyncLifetime
{
    private const string Marker = "Vrombissoir";
    private const int Written = 400;
    private const int ArchivedWhileDown = 25;

    private static readonly Referentials Referentials = Referentials.Load();
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"bdis-crash-{Guid.NewGuid():N}");
    private string _connectionString = string.Empty;

    public async Task InitializeAsync() => _connectionString = await TestCluster.CreateDatabaseAsync("crash");

    public async Task DisposeAsync()
    {
        await TestCluster.DropDatabaseAsync(_connectionString);
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public async Task A_host_killed_while_indexing_and_changes_made_while_it_is_down_are_all_in_the_index_after_restart()
    {
        var first = await HostProcess.StartAsync(_dataDirectory, _connectionString);
        using var stopWriting = new CancellationTokenSource();
        var writer = Task.Run(() => WriteAsync(Written, stopWriting.Token));

        // Kill while the host is busy following a stream of commits, not between two quiet polls.
        await Eventually.TrueAsync(async () => await TotalAsync(first, Marker) >= 60, "the first host indexes while records are written", 60);
        var indexedBeforeKill = await TotalAsync(first, Marker);
        await first.KillHardAsync();
        await first.DisposeAsync();
        var ids = await writer;
        Assert.True(indexedBeforeKill < Written, $"the kill came before the end of the writes ({indexedBeforeKill} of {Written} indexed)");

        // Committed while no host runs: the next start has to find these in the change log too.
        foreach (var id in ids.Take(ArchivedWhileDown))
        {
            await using var db = BdisDbContextOptions.CreateContext(_connectionString);
            await new InitiativeStore(db, Referentials).ArchiveAsync(id, "test", default);
        }

        await using var second = await HostProcess.StartAsync(_dataDirectory, _connectionString);
        const int expected = Written - ArchivedWhileDown;
        await Eventually.TrueAsync(async () => await TotalAsync(second, Marker) == expected, $"all {expected} published records are found after restart", 60);
        Assert.Equal(expected, await TotalAsync(second, Marker));

        var index = JsonDocument.Parse(await second.GetAsync("/healthz")).RootElement.GetProperty("searchIndex");
        Assert.Equal(await PublishedInDatabaseAsync(), index.GetProperty("documents").GetInt64());
        Assert.Equal(0, index.GetProperty("pendingChanges").GetInt64());
    }

    private async Task<List<Guid>> WriteAsync(int count, CancellationToken ct)
    {
        var ids = new List<Guid>(count);
        for (var i = 0; i < count; i++)
        {
            await using var db = BdisDbContextOptions.CreateContext(_connectionString);
            var created = await new InitiativeStore(db, Referentials).CreateAsync(New(i), "test", ct);
            ids.Add(created.Id);
            await Task.Delay(5, ct);
        }

        return ids;
    }

    private static Initiative New(int i) => new()
    {
        Name = $"{Marker} numéro {i}",
        Description = "Un lieu écrit pendant que l'index tombe.",
        NetworkCode = "APEAS",
        Themes = ["jardin-partage"],
        Address = new PostalAddress { Postcode = "35000" },
        Location = GeoFactory.Point(-1.68 + (i * 0.0001), 48.11),
        Status = InitiativeStatus.Published,
    };

    private static async Task<long> TotalAsync(HostProcess host, string text)
    {
        var json = await host.GetAsync($"/api/search?q={Uri.EscapeDataString(text)}&pageSize=1");
        return JsonDocument.Parse(json).RootElement.GetProperty("total").GetInt64();
    }

    private async Task<long> PublishedInDatabaseAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM initiatives WHERE status = $1", connection)
        {
            Parameters = { new() { Value = (int)InitiativeStatus.Published } },
        };
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
