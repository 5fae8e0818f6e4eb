using Bdis.Data.Embedded;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Bdis.Data.Hosting;

/// <summary>
/// The database a process works with: the server named by ConnectionStrings:Bdis, or else the embedded cluster in
/// the data folder, started on demand. Shared by the web host and the CLI so both see the same data.
/// </summary>
public sealed class BdisDatabase : IAsyncDisposable
{
    private BdisDatabase(string connectionString, EmbeddedPostgres? embedded)
    {
        ConnectionString = connectionString;
        Embedded = embedded;
    }

    public string ConnectionString { get; }

    /// <summary>The private cluster, when no connection string was configured.</summary>
    public EmbeddedPostgres? Embedded { get; }

    public static async Task<BdisDatabase> OpenAsync(IConfiguration configuration, ILogger logger, CancellationToken ct = default)
    {
        var configured = configuration.GetConnectionString("Bdis");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new BdisDatabase(configured, null);
        }

        var options = configuration.GetSection(BdisDataOptions.SectionName).Get<BdisDataOptions>() ?? new BdisDataOptions();
        var embedded = await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions
        {
            DataDirectory = options.ResolveDataDirectory(),
            ServerSettings = EmbeddedServerSettings.Product,
        }, logger, ct);
        try
        {
            await EnsureDatabaseAsync(embedded.ConnectionString(), options.EmbeddedDatabaseName, ct);
            return new BdisDatabase(embedded.ConnectionString(options.EmbeddedDatabaseName), embedded);
        }
        catch
        {
            await embedded.StopAsync();
            throw;
        }
    }

    /// <summary>Creates the database on the server if it does not exist yet.</summary>
    public static async Task EnsureDatabaseAsync(string maintenanceConnectionString, string database, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(maintenanceConnectionString);
        await connection.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection) { Parameters = { new() { Value = database } } };
        if (await exists.ExecuteScalarAsync(ct) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            await create.ExecuteNonQueryAsync(ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Embedded is not null)
        {
            await Embedded.DisposeAsync();
        }
    }
}
