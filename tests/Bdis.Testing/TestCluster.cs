using Bdis.Data.Embedded;
using Bdis.Data.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Bdis.Testing;

/// <summary>
/// One throwaway PostgreSQL + PostGIS cluster per test process, started with the product's own launcher, and one
/// migrated template database from which each test class gets its own database in milliseconds.
/// Set BDIS_TEST_CONNECTION to use an existing server instead (a superuser connection string).
/// </summary>
public static class TestCluster
{
    public const string TemplateDatabase = "bdis_test_template";

    private static readonly Lazy<Task<string>> Maintenance = new(StartAsync, LazyThreadSafetyMode.ExecutionAndPublication);
    private static EmbeddedPostgres? _cluster;

    /// <summary>A connection string to the cluster's maintenance database; the template is ready when this returns.</summary>
    public static Task<string> MaintenanceConnectionStringAsync() => Maintenance.Value;

    public static async Task<string> CreateDatabaseAsync(string prefix)
    {
        var maintenance = await MaintenanceConnectionStringAsync();
        var name = $"{prefix.ToLowerInvariant()}_{Guid.NewGuid():N}"[..Math.Min(60, prefix.Length + 33)];
        await using var connection = new NpgsqlConnection(maintenance);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE {TemplateDatabase}", connection);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(maintenance) { Database = name }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(await MaintenanceConnectionStringAsync());
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static async Task<string> StartAsync()
    {
        var maintenance = Environment.GetEnvironmentVariable("BDIS_TEST_CONNECTION");
        if (string.IsNullOrEmpty(maintenance))
        {
            RemoveClustersOfDeadRuns();
            // At most 48 characters (socket path limits), whatever the number of digits of the process id.
            var name = $"bdis-tests-{Environment.ProcessId}-{Guid.NewGuid():N}";
            var folder = Path.Combine(Path.GetTempPath(), name[..Math.Min(48, name.Length)]);
            _cluster = await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions
            {
                DataDirectory = folder,
                // A throwaway cluster: durability buys nothing here and costs seconds.
                ServerSettings = new Dictionary<string, string>
                {
                    ["fsync"] = "off", ["synchronous_commit"] = "off", ["full_page_writes"] = "off", ["max_connections"] = "300",
                },
            });
            AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAndDelete(folder);
            maintenance = _cluster.ConnectionString();
        }

        await using (var connection = new NpgsqlConnection(maintenance))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {TemplateDatabase} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        await BdisDatabase.EnsureDatabaseAsync(maintenance, TemplateDatabase, CancellationToken.None);
        var template = new NpgsqlConnectionStringBuilder(maintenance) { Database = TemplateDatabase, Pooling = false }.ConnectionString;
        await DatabaseMigrator.MigrateAsync(template, NullLogger.Instance);
        NpgsqlConnection.ClearAllPools();
        return maintenance;
    }

    /// <summary>
    /// A test host may be killed before its exit handler has deleted its cluster folder; folders of test processes
    /// that are gone are removed here, so repeated runs do not fill the disk.
    /// </summary>
    private static void RemoveClustersOfDeadRuns()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), "bdis-tests-*"))
        {
            var parts = Path.GetFileName(folder).Split('-');
            if (parts.Length >= 4 && int.TryParse(parts[2], out var pid) && !Directory.Exists($"/proc/{pid}")
                && !File.Exists(Path.Combine(folder, "postgres", "postmaster.pid")))
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (IOException)
                {
                }
                catch (UnauthorizedAccessException)
                {
                }
            }
        }
    }

    private static void StopAndDelete(string folder)
    {
        try
        {
            _cluster?.StopAsync().GetAwaiter().GetResult();
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort at process exit; the folder is under the temp directory.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
