using System.Text.Json;
using System.Text.Json.Serialization;
using Bdis.Web.Apis;

namespace Bdis.Web.Hosting;

public static class WebHostingExtensions
{
    public static WebApplicationBuilder AddBdisWeb(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
        {
            // The documented default; ASPNETCORE_URLS (or --urls) overrides it.
            builder.WebHost.UseUrls("http://localhost:5080");
        }

        // A hosted service that fails to start is reported by RunOrExplain in one sentence; the generic host would log
        // it first with its stack trace (Error). Its Critical entries (a background service stopping the host) stay.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton<StartupWarmUp>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<StartupWarmUp>());
        builder.Services.AddBdisHealthChecks().AddCheck<StartupWarmUp>(StartupWarmUp.Name);
        builder.Services.AddOpenApi(options => options.AddOperationTransformer((operation, context, _) =>
        {
            Filters.FilterOpenApi.Describe(operation, context);
            return Task.CompletedTask;
        }));
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        });
        // Requests the framework cannot bind (bad JSON, wrong types) become 400 problem details, not 500.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = false);
        return builder;
    }

    public static WebApplication UseBdisWeb(this WebApplication app)
    {
        // Never a stack trace to a client: an unhandled error is logged and becomes a bare 500 problem details for the API,
        // an error page in the visitor's language for a page (re-executed through localization and routing, added later).
        app.UseWhen(ApiPaths.IsApi, api => api.UseExceptionHandler());
        // A new scope for the error page: the failed page's (its NavigationManager…) is already initialised.
        app.UseWhen(context => !ApiPaths.IsApi(context), pages => pages.UseExceptionHandler("/erreur", createScopeForErrors: true));
        app.UseStatusCodePages();
        app.MapOpenApi("/openapi/{documentName}.json");
        return app;
    }
}
