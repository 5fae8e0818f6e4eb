using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Bdis.Data;

/// <summary>The one way the Npgsql provider is configured, shared by the host, the CLI, design-time tools and tests.</summary>
public static class BdisDbContextOptions
{
    public static DbContextOptionsBuilder<BdisDbContext> Configure(DbContextOptionsBuilder<BdisDbContext> builder, string connectionString) =>
        builder.UseNpgsql(connectionString, npgsql =>
        {
            npgsql.UseNetTopologySuite();
            npgsql.MigrationsHistoryTable("__ef_migrations_history");
        });

    public static DbContextOptions<BdisDbContext> Create(string connectionString) =>
        Configure(new DbContextOptionsBuilder<BdisDbContext>(), connectionString).Options;

    public static BdisDbContext CreateContext(string connectionString) => new(Create(connectionString));

    /// <summary>A data source with the NetTopologySuite plugin, for COPY and raw SQL.</summary>
    public static NpgsqlDataSource CreateDataSource(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.UseNetTopologySuite();
        return builder.Build();
    }
}
