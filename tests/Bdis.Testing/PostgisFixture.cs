using Xunit;
using Bdis.Core.Reference;
using Bdis.Data;
using Npgsql;

namespace Bdis.Testing;

/// <summary>A fresh, migrated PostGIS database for one test class (use with IClassFixture).</summary>
public sealed class PostgisFixture : IAsyncLifetime
{
    private static readonly Lazy<Referentials> SharedReferentials = new(() => Referentials.Load());

    public string ConnectionString { get; private set; } = string.Empty;

    public Referentials Referentials => SharedReferentials.Value;

    public BdisDbContext CreateContext() => BdisDbContextOptions.CreateContext(ConnectionString);

    public NpgsqlDataSource CreateDataSource() => BdisDbContextOptions.CreateDataSource(ConnectionString);

    public async Task InitializeAsync() => ConnectionString = await TestCluster.CreateDatabaseAsync("t");

    public async Task DisposeAsync() => await TestCluster.DropDatabaseAsync(ConnectionString);

    /// <summary>Runs SQL and returns the first column of the first row.</summary>
    public async Task<T?> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, typeof(T) == typeof(long?) ? typeof(long) : typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}
