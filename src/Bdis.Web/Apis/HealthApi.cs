using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Bdis.Web.Apis;

/// <summary>
/// /healthz on the framework's health checks (database, search index, warm-up): one JSON object with each check's
/// details under its name and an overall "ok" or "degraded"; 503 unless every check is healthy (a load balancer sends
/// no visitor to a host that is not ready).
/// </summary>
public static class HealthApi
{
    public static IHealthChecksBuilder AddBdisHealthChecks(this IServiceCollection services) =>
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>(DatabaseHealthCheck.Name);

    public static void MapHealthApi(this IEndpointRouteBuilder app) =>
        app.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            ResponseWriter = WriteAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var body = new Dictionary<string, object?>();
        foreach (var (name, entry) in report.Entries.OrderBy(e => e.Key == DatabaseHealthCheck.Name ? 0 : 1))
        {
            body[name] = entry.Data;
        }

        body["status"] = report.Status == HealthStatus.Healthy ? "ok" : "degraded";
        var options = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        context.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(context.Response.Body, body, options, context.RequestAborted);
    }
}
