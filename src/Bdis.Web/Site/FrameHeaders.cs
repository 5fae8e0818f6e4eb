namespace Bdis.Web.Site;

/// <summary>
/// Embeds (/embed) may be framed by any partner site; every other page may not be framed at all (clickjacking).
/// Set before the response starts so error pages get the same headers.
/// </summary>
public sealed class FrameHeaders(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        var isEmbed = path.StartsWithSegments("/embed") && !path.StartsWithSegments("/embed/builder");
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        if (isEmbed)
        {
            headers.ContentSecurityPolicy = "frame-ancestors *";
        }
        else
        {
            headers.ContentSecurityPolicy = "frame-ancestors 'self'";
            headers.XFrameOptions = "SAMEORIGIN";
        }

        return next(context);
    }
}
