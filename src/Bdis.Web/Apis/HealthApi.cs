using Bdis.Data;
using Microsoft.EntityFrameworkCore;

namespace Bdis.Web.Apis;

public static class HealthApi
{
    public static void MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", async (BdisDbContext db, IEnumerable<IHealthContributor> contributors, CancellationToken ct) =>
        {
            var report = new Dictionary<string, object?>();
            var healthy = true;
            try
            {
                report["database"] = new
                {
                    status = "ok",
                    initiatives = await db.Initiatives.LongCountAsync(ct),
                    networks = await db.Networks.LongCountAsync(ct),
                };
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException or TimeoutException)
            {
                healthy = false;
                report["database"] = new { status = "unavailable" };
            }

            foreach (var contributor in contributors)
            {
                var (name, ok, details) = await contributor.CheckAsync(ct);
                healthy &= ok;
                report[name] = details;
            }

            report["status"] = healthy ? "ok" : "degraded";
            return healthy ? Results.Ok(report) : Results.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable);
        }).WithTags("Health").WithSummary("Database (and index) state");
    }
}
