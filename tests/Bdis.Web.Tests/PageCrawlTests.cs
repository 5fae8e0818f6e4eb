using System.Net;
using System.Text.RegularExpressions;
using Bdis.Web.Filters;

namespace Bdis.Web.Tests;

/// <summary>
/// No dead ends: every page linked from the home, region, department and theme pages, with a broken page number or an
/// unknown filter value, answers an HTML page in the visitor's language, never a server error; the directory pages say
/// what they ignored.
/// </summary>
public sealed partial class PageCrawlTests(BdisApiFactory factory) : IClassFixture<BdisApiFactory>
{
    private static readonly string[] Starts = ["/", "/regions/93", "/departements/13", "/themes/consommer"];

    private static readonly string[] BrokenPages = ["0", "-1", "1000000", "abc"];

    private static readonly string[] Filters =
    [
        FilterNames.Region, FilterNames.Department, FilterNames.Theme, FilterNames.Network, FilterNames.Status, FilterNames.Sort,
        FilterNames.Bbox, FilterNames.Near, FilterNames.RadiusKm, FilterNames.View, FilterNames.Commune,
    ];

    private readonly HttpClient _client = factory.CreateClient(new() { HandleCookies = false, AllowAutoRedirect = false });

    [Fact]
    public async Task Every_linked_page_with_a_broken_page_or_an_unknown_filter_is_an_html_page_in_the_visitors_language()
    {
        var links = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var start in Starts)
        {
            var (status, _, body) = await GetAsync(start, "fr", viaCookie: false);
            Assert.Equal(HttpStatusCode.OK, status);
            links.Add(start);
            links.UnionWith(PageLinks(body));
        }

        Assert.Contains(links, l => l.StartsWith("/initiatives/", StringComparison.Ordinal));
        Assert.Contains(links, l => l.Contains("page=2", StringComparison.Ordinal));
        var failures = new List<string>();
        var n = 0;
        foreach (var link in links)
        {
            var variants = BrokenPages.Select(p => (With(link, FilterNames.Page, p), FilterNames.Page))
                .Concat(Filters.Select(f => (With(link, f, "zz-inconnu"), f)));
            foreach (var (url, parameter) in variants)
            {
                var language = n % 2 == 0 ? "fr" : "en";
                var viaCookie = n / 2 % 2 == 0;
                n++;
                var (status, contentType, body) = await GetAsync(url, language, viaCookie);
                if ((int)status >= 500 || contentType != "text/html" || !body.Contains($"<html lang=\"{language}\"", StringComparison.Ordinal))
                {
                    failures.Add($"{url} [{language}] → {(int)status} {contentType}");
                }
                else if (IsDirectory(link) && !body.Contains("class=\"notice\"", StringComparison.Ordinal)
                    && !(parameter == FilterNames.Network && body.Contains("data-empty-results", StringComparison.Ordinal)))
                {
                    // A well-formed network code that no network has is not malformed: it matches nothing, and the
                    // empty list offers to drop it.
                    failures.Add($"{url} [{language}] → no sentence about '{parameter}'");
                }
            }
        }

        Assert.True(n > 200, $"only {n} requests");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Theory]
    [InlineData("fr", "Page introuvable")]
    [InlineData("en", "Page not found")]
    public async Task An_unknown_page_is_an_html_page_in_the_visitors_language(string language, string title)
    {
        var (status, contentType, body) = await GetAsync("/regions/zz", language, viaCookie: false);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("text/html", contentType);
        Assert.Contains(title, WebUtility.HtmlDecode(body));
    }

    [Fact]
    public async Task A_page_past_the_end_shows_the_last_page_and_says_so()
    {
        var (status, _, body) = await GetAsync("/?page=77", "fr", viaCookie: false);

        Assert.Equal(HttpStatusCode.OK, status);
        var text = WebUtility.HtmlDecode(body);
        Assert.Contains("La page 77 n'existe pas", text);
        Assert.Matches("<span aria-current=\"page\">\\d+</span>", body);
        Assert.Contains("data-result-item", body);
    }

    [Fact]
    public async Task A_search_without_result_offers_the_way_out()
    {
        var (_, _, body) = await GetAsync("/regions/93?q=ressourcerie&department=13&theme=amap&status=fondation", "fr", viaCookie: false);

        var text = WebUtility.HtmlDecode(body);
        Assert.Contains("data-empty-results", body);
        Assert.Contains("Les mêmes mots dans toute la France", text);
        Assert.Contains("href=\"/?q=ressourcerie&amp;theme=amap&amp;status=fondation\"", body);
        Assert.Contains("sans « Bouches-du-Rhône »", text);
    }

    private async Task<(HttpStatusCode Status, string? ContentType, string Body)> GetAsync(string url, string language, bool viaCookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (viaCookie)
        {
            request.Headers.Add("Cookie", $".AspNetCore.Culture=c%3D{language}%7Cuic%3D{language}");
            request.Headers.AcceptLanguage.ParseAdd(language == "fr" ? "en" : "fr");
        }
        else
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        using var response = await _client.SendAsync(request);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    private static IEnumerable<string> PageLinks(string html) =>
        Href().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
            .Where(h => h.StartsWith('/') && !h.StartsWith("//", StringComparison.Ordinal))
            .Where(h => !new[] { "/api", "/openapi", "/healthz", "/sitemap", "/robots", "/langue", "/lib/", "/css/", "/js/", "/_" }
                .Any(p => h.StartsWith(p, StringComparison.Ordinal)))
            // Files (the favicon, images) are not pages.
            .Where(h => !Path.HasExtension(h.Split('?', '#')[0]))
            .Select(h => h.Split('#')[0]);

    private static bool IsDirectory(string link)
    {
        var path = link.Split('?')[0];
        return path is "/" or "/embed" || path.StartsWith("/regions/", StringComparison.Ordinal)
            || path.StartsWith("/departements/", StringComparison.Ordinal)
            || (path.StartsWith("/themes/", StringComparison.Ordinal));
    }

    private static string With(string link, string name, string value)
    {
        var parts = link.Split('?', 2);
        var kept = parts.Length == 2 ? parts[1].Split('&').Where(p => !p.StartsWith(name + "=", StringComparison.Ordinal)) : [];
        return parts[0] + "?" + string.Join('&', kept.Append($"{name}={Uri.EscapeDataString(value)}"));
    }

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex Href();
}
