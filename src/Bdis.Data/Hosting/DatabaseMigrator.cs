using Bdis.Data.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Bdis.Data.Hosting;

public static class DatabaseMigrator
{
    /// <summary>Applies pending migrations (PostGIS included); fails with a clear sentence when PostGIS is missing.</summary>
    public static async Task MigrateAsync(string connectionString, ILogger logger, CancellationToken ct = default)
    {
        await using var context = BdisDbContextOptions.CreateContext(connectionString);
        var pending = (await context.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count == 0)
        {
            return;
        }

        logger.LogInformation("Applying {Count} database migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
        try
        {
            await context.Database.MigrateAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState is "0A000" or "58P01" && e.MessageText.Contains("postgis", StringComparison.OrdinalIgnoreCase))
        {
            throw new DatabaseSetupException(Messages.PostgisMissing, e);
        }

        // The new types (geometry) must be known to connections opened from now on.
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await connection.ReloadTypesAsync(ct);
    }
}
