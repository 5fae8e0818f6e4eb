using Bdis.Data.Hosting;
using Bdis.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Bdis.Data.Tests;

public sealed class MigrationTests
{
    [Fact]
    public async Task Migrations_apply_to_an_empty_database_with_PostGIS_and_the_filtering_indexes()
    {
        var maintenance = await TestCluster.MaintenanceConnectionStringAsync();
        var name = $"empty_{Guid.NewGuid():N}";
        await BdisDatabase.EnsureDatabaseAsync(maintenance, name, CancellationToken.None);
        var cs = new NpgsqlConnectionStringBuilder(maintenance) { Database = name }.ConnectionString;
        try
        {
            await DatabaseMigrator.MigrateAsync(cs, NullLogger.Instance);
            await DatabaseMigrator.MigrateAsync(cs, NullLogger.Instance); // idempotent

            await using var connection = new NpgsqlConnection(cs);
            await connection.OpenAsync();
            Assert.NotNull(await Scalar(connection, "SELECT postgis_version()"));
            var indexes = await Strings(connection, "SELECT indexdef FROM pg_indexes WHERE tablename = 'initiatives'");
            Assert.Contains(indexes, d => d.Contains("USING gist (location)", StringComparison.Ordinal));
            Assert.Contains(indexes, d => d.Contains("USING gin (themes)", StringComparison.Ordinal));
            Assert.Contains(indexes, d => d.Contains("UNIQUE", StringComparison.Ordinal) && d.Contains("(slug)", StringComparison.Ordinal));
            Assert.Contains(indexes, d => d.Contains("UNIQUE", StringComparison.Ordinal) && d.Contains("(network_code, external_id)", StringComparison.Ordinal));
            Assert.Contains(indexes, d => d.Contains("(region_code, status)", StringComparison.Ordinal));
            Assert.Contains(indexes, d => d.Contains("(department_code, status)", StringComparison.Ordinal));
            var triggers = await Strings(connection, "SELECT tgname FROM pg_trigger WHERE tgrelid = 'initiatives'::regclass AND NOT tgisinternal ORDER BY 1");
            Assert.Equal(["initiatives_log_delete", "initiatives_log_insert", "initiatives_log_update"], triggers);
        }
        finally
        {
            await TestCluster.DropDatabaseAsync(cs);
        }
    }

    private static async Task<object?> Scalar(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private static async Task<List<string>> Strings(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var list = new List<string>();
        while (await reader.ReadAsync())
        {
            list.Add(reader.GetString(0));
        }

        return list;
    }
}
