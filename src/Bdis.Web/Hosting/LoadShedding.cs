using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Bdis.Data.Hosting;
using Bdis.Web.Resources;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Bdis.Web.Hosting;

/// <summary>
/// Bounds the work in flight to what the database accepts: at most one request per pooled connection is served, a
/// short queue waits oldest first, and the overflow gets 503 with Retry-After (problem details for the API, a light
/// page for visitors) instead of waiting 15 s inside the pool and failing with a 500.
/// </summary>
public static class LoadShedding
{
    private const string Limited = "site";
    private const string Free = "free";

    public static WebApplicationBuilder AddBdisLoadShedding(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<LoadOptions>().BindConfiguration(LoadOptions.SectionName)
            .Validate(o => o.QueueLimit >= 0 && o.RetryAfterSeconds > 0 && o.ConcurrentRequests is null or > 0,
                "Bdis:Load needs QueueLimit >= 0, RetryAfterSeconds > 0 and ConcurrentRequests > 0.")
            .ValidateOnStart();
        builder.Services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(Partition);
            options.OnRejected = (context, ct) => RejectAsync(context.HttpContext, ct);
        });
        return builder;
    }

    /// <summary>After routing, so that exempt endpoints (health, static files) are known.</summary>
    public static WebApplication UseBdisLoadShedding(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }

    private static RateLimitPartition<string> Partition(HttpContext context)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<LoadOptions>>().Value;
        if (!options.Enabled || IsExempt(context))
        {
            return RateLimitPartition.GetNoLimiter(Free);
        }

        // One limiter for the whole site: the factory runs once, when the database (and so its budget) is ready.
        var ready = context.RequestServices.GetRequiredService<ReadyDatabase>();
        return RateLimitPartition.GetConcurrencyLimiter(Limited, _ => new ConcurrencyLimiterOptions
        {
            PermitLimit = options.ConcurrentRequests ?? ready.Budget.RequestConnections,
            QueueLimit = options.QueueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    // Health must answer under load (load balancers ask it), and static files touch neither the database nor the index.
    private static bool IsExempt(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/healthz")
        || context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is not null;

    private static async ValueTask RejectAsync(HttpContext context, CancellationToken ct)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<LoadOptions>>().Value;
        var response = context.Response;
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = options.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        var text = context.RequestServices.GetRequiredService<IStringLocalizer<Ui>>();
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = StatusCodes.Status503ServiceUnavailable, Title = text["BusyTitle"], Detail = text["BusyText"] },
            });
            return;
        }

        response.ContentType = "text/html; charset=utf-8";
        var lang = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "fr";
        var title = WebUtility.HtmlEncode(text["BusyTitle"]);
        await response.WriteAsync(
            $"""
            <!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="refresh" content="{options.RetryAfterSeconds + 3}"><title>{title}</title></head>
            <body style="font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#1a1a1a">
            <h1>{title}</h1><p>{WebUtility.HtmlEncode(text["BusyText"])}</p></body></html>
            """, ct);
    }
}
