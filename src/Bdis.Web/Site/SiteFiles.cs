using System.Globalization;
using System.Xml;
using Bdis.Core.Initiatives;
using Bdis.Data;
using Microsoft.EntityFrameworkCore;

namespace Bdis.Web.Site;

/// <summary>robots.txt and sitemap.xml for search engines.</summary>
public static class SiteFiles
{
    /// <summary>The sitemap protocol's limit for one file.</summary>
    public const int MaxSitemapUrls = 50_000;

    public static IResult Robots(HttpRequest request, PublicUrls urls) => Results.Text(
        $"User-agent: *\nAllow: /\nDisallow: /api/\nDisallow: /embed\nDisallow: /langue\n\nSitemap: {urls.Absolute(request, "/sitemap.xml")}\n",
        "text/plain; charset=utf-8");

    public static async Task SitemapAsync(HttpContext context, BdisDbContext db, PublicUrls urls, Bdis.Core.Reference.Referentials referentials)
    {
        var baseUrl = urls.BaseUrl(context.Request);
        context.Response.ContentType = "application/xml; charset=utf-8";
        var settings = new XmlWriterSettings { Async = true, Indent = false, Encoding = new System.Text.UTF8Encoding(false) };
        await using var xml = XmlWriter.Create(context.Response.Body, settings);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
        var count = 0;
        await WriteUrlAsync(xml, baseUrl + "/", null);
        foreach (var region in referentials.Territories.Regions)
        {
            await WriteUrlAsync(xml, $"{baseUrl}/regions/{region.Code}", null);
        }

        foreach (var theme in referentials.Themes.TopLevel)
        {
            await WriteUrlAsync(xml, $"{baseUrl}/themes/{theme.Code}", null);
        }

        var published = db.Initiatives.AsNoTracking()
            .Where(i => i.Status == InitiativeStatus.Published)
            .OrderBy(i => i.Slug)
            .Select(i => new { i.Slug, i.Provenance.UpdatedAt })
            .AsAsyncEnumerable();
        await foreach (var page in published.WithCancellation(context.RequestAborted))
        {
            if (++count > MaxSitemapUrls)
            {
                break;
            }

            await WriteUrlAsync(xml, $"{baseUrl}/initiatives/{page.Slug}", page.UpdatedAt);
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
    }

    private static async Task WriteUrlAsync(XmlWriter xml, string location, DateTimeOffset? lastModified)
    {
        await xml.WriteStartElementAsync(null, "url", null);
        await xml.WriteElementStringAsync(null, "loc", null, location);
        if (lastModified is { } modified)
        {
            await xml.WriteElementStringAsync(null, "lastmod", null, modified.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        await xml.WriteEndElementAsync();
    }
}
