namespace Bdis.Web.Hosting;

/// <summary>Which requests are for machines (problem details, JSON) rather than people (HTML pages in their language).</summary>
public static class ApiPaths
{
    public static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/openapi")
        || context.Request.Path.StartsWithSegments("/healthz");
}
