using Bdis.Data.Hosting;
using Bdis.Search.Contracts;
using Bdis.Search.Hosting;
using Bdis.Search.Indexing;
using Bdis.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Bdis.Search.Tests;

/// <summary>
/// A real generic host with AddBdisData + AddBdisSearch on its own PostgreSQL database (demo data loaded) and its own
/// index folder, as the web host runs them. Several hosts may share one database (replicas) or one index (restarts).
/// </summary>
public sealed class SearchHost : IAsyncDisposable
{
    private readonly IHost _host;

    private SearchHost(IHost host, string connectionString, string indexDirectory)
    {
        _host = host;
        ConnectionString = connectionString;
        IndexDirectory = indexDirectory;
    }

    public string ConnectionString { get; }

    public string IndexDirectory { get; }

    public IInitiativeSearch Search => _host.Services.GetRequiredService<IInitiativeSearch>();

    public IndexManager Index => _host.Services.GetRequiredService<IndexManager>();

    public IServiceProvider Services => _host.Services;

    public static string NewIndexDirectory() => Path.Combine(Path.GetTempPath(), $"bdis-search-tests-{Guid.NewGuid():N}");

    public static async Task<SearchHost> StartAsync(string connectionString, string? indexDirectory = null, bool seedDemo = true, int pollMs = 100)
    {
        indexDirectory ??= NewIndexDirectory();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Bdis"] = connectionString,
            ["Bdis:SeedDemoData"] = seedDemo ? "true" : "false",
            ["Bdis:Search:IndexDirectory"] = indexDirectory,
            ["Bdis:Search:PollIntervalMs"] = pollMs.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.AddBdisData();
        builder.AddBdisSearch();
        var host = builder.Build();
        await host.StartAsync();
        return new SearchHost(host, connectionString, indexDirectory);
    }

    public static async Task<SearchHost> StartOnNewDatabaseAsync(string prefix = "search")
    {
        var connectionString = await TestCluster.CreateDatabaseAsync(prefix);
        return await StartAsync(connectionString);
    }

    public async Task ExecuteAsync(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var p in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = p });
        }

        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Waits until the index holds as many documents as the database has published records: after creations, every
    /// one is searchable. (A search that matches by typo tolerance can be true before the record it waits for is in.)
    /// </summary>
    public async Task WaitUntilEveryPublishedRecordIsIndexedAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM initiatives WHERE status = 2", connection);
        var published = (long)(await command.ExecuteScalarAsync())!;
        await Eventually.TrueAsync(() =>
        {
            if (!Index.IsOpen)
            {
                return false;
            }

            using var lease = Index.Acquire();
            return lease.Searcher.IndexReader.NumDocs == published;
        }, $"{published} published records indexed");
    }

    /// <summary>Stops the host; the database and the index folder stay (for restart tests).</summary>
    public async Task StopAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _host.StopAsync();
        }
        catch (ObjectDisposedException)
        {
        }

        _host.Dispose();
        try
        {
            Directory.Delete(IndexDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
