using Microsoft.Extensions.Options;

namespace Bdis.Web.Site;

/// <summary>Absolute URLs for canonical links, OpenGraph and the sitemap.</summary>
public sealed class PublicUrls(IOptions<SiteOptions> options)
{
    public string BaseUrl(HttpRequest request)
    {
        var configured = options.Value.PublicUrl;
        return string.IsNullOrWhiteSpace(configured)
            ? $"{request.Scheme}://{request.Host.Value}"
            : configured.TrimEnd('/');
    }

    public string Absolute(HttpRequest request, string path) => BaseUrl(request) + (path.StartsWith('/') ? path : "/" + path);
}
