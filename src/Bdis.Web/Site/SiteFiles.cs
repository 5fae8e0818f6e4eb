using System.Globalization;
using System.Text;
using System.Xml;
using Bdis.Core.Initiatives;
using Bdis.Core.Reference;
using Bdis.Data;
using Microsoft.EntityFrameworkCore;

namespace Bdis.Web.Site;

/// <summary>
/// robots.txt and the sitemaps. /sitemap.xml is an index: one sitemap of the directory pages and as many sitemaps of
/// initiative pages as needed at 50,000 URLs each (the protocol's limit), so a national directory is listed entirely.
/// </summary>
public static class SiteFiles
{
    public const int UrlsPerSitemap = 50_000;
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static IResult Robots(HttpRequest request, PublicUrls urls) => Results.Text(
        $"User-agent: *\nAllow: /\nDisallow: /api/\nDisallow: /embed\nDisallow: /langue\n\nSitemap: {urls.Absolute(request, "/sitemap.xml")}\n",
        "text/plain; charset=utf-8");

    public static async Task SitemapIndexAsync(HttpContext context, BdisDbContext db, PublicUrls urls)
    {
        var baseUrl = urls.BaseUrl(context.Request);
        var published = await db.Initiatives.LongCountAsync(i => i.Status == InitiativeStatus.Published, context.RequestAborted);
        var parts = (int)Math.Max(1, (published + UrlsPerSitemap - 1) / UrlsPerSitemap);
        await using var xml = await StartAsync(context, "sitemapindex");
        await WriteEntryAsync(xml, "sitemap", $"{baseUrl}/sitemaps/pages.xml", null);
        for (var part = 1; part <= parts; part++)
        {
            await WriteEntryAsync(xml, "sitemap", $"{baseUrl}/sitemaps/initiatives-{part}.xml", null);
        }

        await EndAsync(xml);
    }

    public static async Task PagesAsync(HttpContext context, PublicUrls urls, Referentials referentials)
    {
        var baseUrl = urls.BaseUrl(context.Request);
        await using var xml = await StartAsync(context, "urlset");
        await WriteEntryAsync(xml, "url", baseUrl + "/", null);
        await WriteEntryAsync(xml, "url", baseUrl + "/themes", null);
        foreach (var region in referentials.Territories.Regions)
        {
            await WriteEntryAsync(xml, "url", $"{baseUrl}/regions/{region.Code}", null);
        }

        foreach (var department in referentials.Territories.Departments)
        {
            await WriteEntryAsync(xml, "url", $"{baseUrl}/departements/{department.Code}", null);
        }

        foreach (var theme in referentials.Themes.All)
        {
            await WriteEntryAsync(xml, "url", $"{baseUrl}/themes/{theme.Code}", null);
        }

        await EndAsync(xml);
    }

    public static async Task InitiativesAsync(int part, HttpContext context, BdisDbContext db, PublicUrls urls)
    {
        if (part is < 1 or > 10_000)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var baseUrl = urls.BaseUrl(context.Request);
        var pages = db.Initiatives.AsNoTracking()
            .Where(i => i.Status == InitiativeStatus.Published)
            .OrderBy(i => i.Slug)
            .Skip((part - 1) * UrlsPerSitemap)
            .Take(UrlsPerSitemap)
            .Select(i => new { i.Slug, i.Provenance.UpdatedAt })
            .AsAsyncEnumerable();
        await using var xml = await StartAsync(context, "urlset");
        await foreach (var page in pages.WithCancellation(context.RequestAborted))
        {
            await WriteEntryAsync(xml, "url", $"{baseUrl}/initiatives/{page.Slug}", page.UpdatedAt);
        }

        await EndAsync(xml);
    }

    private static async Task<XmlWriter> StartAsync(HttpContext context, string root)
    {
        context.Response.ContentType = "application/xml; charset=utf-8";
        var xml = XmlWriter.Create(context.Response.Body, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false) });
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, root, Namespace);
        return xml;
    }

    private static async Task EndAsync(XmlWriter xml)
    {
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    private static async Task WriteEntryAsync(XmlWriter xml, string element, string location, DateTimeOffset? lastModified)
    {
        await xml.WriteStartElementAsync(null, element, Namespace);
        await xml.WriteElementStringAsync(null, "loc", Namespace, location);
        if (lastModified is { } modified)
        {
            await xml.WriteElementStringAsync(null, "lastmod", Namespace, modified.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        await xml.WriteEndElementAsync();
    }
}
