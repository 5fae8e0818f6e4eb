using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Bdis.E2E;

[Collection(SiteCollection.Name)]
public sealed class PagesTests(SiteHost site, BrowserHost browser)
{
    private async Task<(IPage Page, IResponse? Response)> OpenAsync(string path, string locale = "fr-FR")
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = locale });
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(site.Url(path));
        return (page, response);
    }

    [Fact]
    public async Task Initiative_page_carries_organization_json_ld_canonical_and_opengraph()
    {
        var (page, _) = await OpenAsync("/initiatives/ressourcerie-du-pays-d-aix");

        var json = await page.Locator("script[type='application/ld+json']").TextContentAsync();
        using var ld = JsonDocument.Parse(json!);
        var root = ld.RootElement;
        Assert.Equal("Organization", root.GetProperty("@type").GetString());
        Assert.Equal(await page.Locator("h1").InnerTextAsync(), root.GetProperty("name").GetString());
        Assert.Equal("Aix-en-Provence", root.GetProperty("address").GetProperty("addressLocality").GetString());
        Assert.InRange(root.GetProperty("location").GetProperty("geo").GetProperty("latitude").GetDouble(), 43.0, 44.0);
        Assert.EndsWith("/initiatives/ressourcerie-du-pays-d-aix", await page.Locator("link[rel=canonical]").GetAttributeAsync("href"));
        Assert.Equal("Ressourcerie du Pays d'Aix", await page.Locator("meta[property='og:title']").GetAttributeAsync("content"));
        Assert.StartsWith("mailto:", await page.GetByText("Signaler une erreur").GetAttributeAsync("href"));
        await page.Locator("#carte-fiche .leaflet-marker-icon").WaitForAsync();
        await Artifacts.ScreenshotAsync(page, "initiative");
    }

    [Fact]
    public async Task Unknown_initiative_answers_404_with_a_readable_page()
    {
        var (page, response) = await OpenAsync("/initiatives/n-existe-pas");

        Assert.Equal(404, response!.Status);
        Assert.Equal("Page introuvable", await page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task Embed_enforces_its_presets_and_may_be_framed_by_any_site()
    {
        using var http = new HttpClient();
        var regionTotal = JsonDocument.Parse(await http.GetStringAsync(site.Url("/api/search?region=93&pageSize=1"))).RootElement.GetProperty("total").GetInt64();
        var (page, response) = await OpenAsync("/embed?region=93&accent=b3124a");

        Assert.Equal("frame-ancestors *", (await response!.AllHeadersAsync())["content-security-policy"]);
        Assert.Equal(regionTotal.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.Locator(".results-summary").GetAttributeAsync("data-total"));
        await page.Locator(".leaflet-marker-icon").First.WaitForAsync();
        await Artifacts.ScreenshotAsync(page, "embed");

        // A record of another region cannot be reached from inside the frame, by keyword or by adding filters.
        await page.FillAsync("#q-embed", "Labourd");
        await page.PressAsync("#q-embed", "Enter");
        await page.WaitForURLAsync(new Regex("q=Labourd"));
        Assert.Contains("region=93", page.Url, StringComparison.Ordinal);
        Assert.Equal("0", await page.Locator(".results-summary").GetAttributeAsync("data-total"));
        await page.GotoAsync(site.Url("/embed?region=93&status=association&department=64&q=Labourd"));
        Assert.Equal("0", await page.Locator(".results-summary").GetAttributeAsync("data-total"));

        var (home, homeResponse) = await OpenAsync("/");
        Assert.Equal("frame-ancestors 'self'", (await homeResponse!.AllHeadersAsync())["content-security-policy"]);
        await home.CloseAsync();
    }

    [Fact]
    public async Task Embed_builder_produces_an_iframe_snippet_for_the_chosen_presets()
    {
        var (page, _) = await OpenAsync("/embed/builder");

        await page.SelectOptionAsync("#b-region", "93");
        await page.SelectOptionAsync("#b-theme", "consommer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mettre à jour le code" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("region=93"));

        var snippet = await page.InputValueAsync("#snippet");
        Assert.Matches("<iframe src=\"http://127\\.0\\.0\\.1:\\d+/embed\\?region=93&theme=consommer&accent=000091\"", snippet);
        await Artifacts.ScreenshotAsync(page, "embed-builder");
    }

    [Fact]
    public async Task Embed_builder_copies_its_snippet_and_previews_the_frame_at_the_chosen_size()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "fr-FR", Permissions = ["clipboard-read", "clipboard-write"] });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("/embed/builder?region=93&w=400&h=500"));

        var frame = page.Locator("iframe.preview-frame");
        var box = (await frame.BoundingBoxAsync())!;
        Assert.Equal(400, box.Width, 1);
        Assert.Equal(500, box.Height, 1);
        Assert.Contains("width=\"400\" height=\"500\"", await page.InputValueAsync("#snippet"), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = "Copier", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-copy-status=snippet]")).ToHaveTextAsync("Copié");
        Assert.Equal(await page.InputValueAsync("#snippet"), await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));

        // Without the clipboard API the snippet is selected, ready for Ctrl+C, and the page says so.
        await page.EvaluateAsync("() => Object.defineProperty(navigator, 'clipboard', { value: undefined })");
        await page.EvaluateAsync("() => { document.execCommand = () => false; }");
        await page.GetByRole(AriaRole.Button, new() { Name = "Copier", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-copy-status=snippet]")).ToContainTextAsync("Ctrl+C");
        Assert.True(await page.EvaluateAsync<bool>("() => { const t = document.getElementById('snippet'); return t.selectionStart === 0 && t.selectionEnd === t.value.length && t.value.length > 0; }"));
    }

    [Fact]
    public async Task Language_switch_and_accept_language_give_english_pages()
    {
        var (page, _) = await OpenAsync("/regions/93", "en-GB");
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Contains("Social and solidarity economy initiatives", await page.Locator("h1").InnerTextAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Français" }).ClickAsync();
        // Back on the same page; the map may already have put its view in the URL (vue=lat,lon,zoom), which is kept.
        await page.WaitForURLAsync(new Regex("/regions/93(\\?vue=[-0-9.%C,]+)?$"));
        Assert.Equal("fr", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Contains("Initiatives de l'ESS", await page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task Sitemap_index_leads_to_every_initiative_and_directory_page_and_robots_points_to_it()
    {
        using var http = new HttpClient();
        var robots = await http.GetStringAsync(site.Url("/robots.txt"));
        var index = System.Xml.Linq.XDocument.Parse(await http.GetStringAsync(site.Url("/sitemap.xml")));
        System.Xml.Linq.XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var parts = index.Descendants(ns + "loc").Select(l => l.Value).ToList();
        var urls = new List<string>();
        foreach (var part in parts)
        {
            var sitemap = System.Xml.Linq.XDocument.Parse(await http.GetStringAsync(part));
            urls.AddRange(sitemap.Descendants(ns + "loc").Select(l => l.Value));
        }

        var published = JsonDocument.Parse(await http.GetStringAsync(site.Url("/api/initiatives?pageSize=1"))).RootElement.GetProperty("total").GetInt64();
        Assert.Contains($"Sitemap: {site.Url("/sitemap.xml")}", robots, StringComparison.Ordinal);
        Assert.Equal("sitemapindex", index.Root!.Name.LocalName);
        Assert.Equal(published, urls.Count(u => u.Contains("/initiatives/", StringComparison.Ordinal)));
        Assert.Contains(site.Url("/initiatives/ressourcerie-du-pays-d-aix"), urls);
        Assert.Contains(site.Url("/regions/93"), urls);
        Assert.Contains(site.Url("/departements/2A"), urls);
        Assert.Equal(404, (int)(await http.GetAsync(site.Url("/sitemaps/initiatives-0.xml"))).StatusCode);
    }

    [Theory]
    [InlineData("/", "home")]
    [InlineData("/?region=93&theme=consommer", "home-filtered")]
    [InlineData("/initiatives/ressourcerie-du-pays-d-aix", "initiative")]
    [InlineData("/regions/93", "region")]
    [InlineData("/departements/13", "department")]
    [InlineData("/themes/consommer", "theme")]
    [InlineData("/themes", "themes")]
    [InlineData("/embed?region=93&accent=b3124a", "embed")]
    [InlineData("/embed/builder", "embed-builder")]
    [InlineData("/initiatives/n-existe-pas", "not-found")]
    public async Task Axe_finds_no_wcag_violations(string path, string name)
    {
        var (page, _) = await OpenAsync(path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var violations = await Axe.ViolationsAsync(page);

        Assert.True(violations.Count == 0, $"{name}: " + string.Join(Environment.NewLine, violations));
        if (path.StartsWith("/regions", StringComparison.Ordinal))
        {
            await Artifacts.ScreenshotAsync(page, name);
        }
    }
}
