using Bdis.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bdis.Web.Apis;

/// <summary>/healthz part for the database: reachable, with how many initiatives and networks it holds.</summary>
public sealed class DatabaseHealthCheck(BdisDbContext db) : IHealthCheck
{
    public const string Name = "database";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return HealthCheckResult.Healthy(data: new Dictionary<string, object>
            {
                ["status"] = "ok",
                ["initiatives"] = await db.Initiatives.LongCountAsync(cancellationToken),
                ["networks"] = await db.Networks.LongCountAsync(cancellationToken),
            });
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy(data: new Dictionary<string, object> { ["status"] = "unavailable" });
        }
    }
}
