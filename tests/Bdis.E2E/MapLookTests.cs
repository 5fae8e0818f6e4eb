using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Bdis.E2E;

/// <summary>How the map draws: theme colours with a legend, counts centred in their discs, and the view fitted to a search.</summary>
[Collection(SiteCollection.Name)]
public sealed class MapLookTests(SiteHost site, BrowserHost browser)
{
    private async Task<IPage> OpenAsync(string path)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "fr-FR", ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(path));
        return page;
    }

    [Fact]
    public async Task Cluster_counts_are_centred_in_discs_coloured_by_their_dominant_theme_and_the_legend_names_the_ten_themes()
    {
        var page = await OpenAsync("/");
        await page.Locator(".leaflet-marker-icon.cluster").First.WaitForAsync();

        var clusters = await page.EvaluateAsync<double[][]>(
            """
            () => [...document.querySelectorAll('.leaflet-marker-icon.cluster')].map(icon => {
              const disc = icon.firstElementChild;
              const box = icon.getBoundingClientRect(), d = disc.getBoundingClientRect();
              const range = document.createRange();
              range.selectNodeContents(disc);
              const t = range.getBoundingClientRect();
              return [box.width, d.width, (t.left + t.right) / 2 - (d.left + d.right) / 2, (t.top + t.bottom) / 2 - (d.top + d.bottom) / 2,
                      getComputedStyle(disc).backgroundColor === 'rgb(0, 0, 145)' ? 0 : 1];
            })
            """);
        Assert.NotEmpty(clusters);
        Assert.All(clusters, c =>
        {
            Assert.Equal(c[0], c[1], 0.5); // the disc fills its icon box
            Assert.InRange(c[2], -2, 2);   // the count is centred across…
            Assert.InRange(c[3], -2, 2);   // …and down
            Assert.Equal(1, c[4]);         // coloured by a theme, not the default blue
        });
        await Assertions.Expect(page.Locator("[data-map-legend] li")).ToHaveCountAsync(10);
        await Assertions.Expect(page.Locator("[data-map-legend]")).ToHaveAttributeAsync("open", "");
    }

    [Fact]
    public async Task A_search_opens_the_map_on_its_results_and_panning_afterwards_does_not_move_it_back()
    {
        var page = await OpenAsync("/?q=ressourcerie%20du%20pays%20d%27aix");

        // Fitted to the one result (Aix-en-Provence): a city-level zoom, centred near it.
        try
        {
            await page.WaitForFunctionAsync("() => /vue=43\\.[0-9]+(,|%2C)5\\.[0-9]+(,|%2C)1[0-3]/.test(location.href)");
        }
        catch (TimeoutException)
        {
            Assert.Fail($"The map was not fitted to the result: {page.Url}, {await page.Locator("[data-bdis-map]").GetAttributeAsync("data-features")} features drawn");
        }

        await page.Locator(".leaflet-marker-icon.pin").First.WaitForAsync();
        var fitted = page.Url;

        var map = page.Locator(".map");
        var box = (await map.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + (box.Width / 2), box.Y + (box.Height / 2));
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + (box.Width / 2) + 200, box.Y + (box.Height / 2), new() { Steps = 5 });
        await page.Mouse.UpAsync();
        await page.WaitForURLAsync(url => url != fitted);
        var panned = page.Url;
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal(panned, page.Url); // the redraw after the pan did not fit the results again
        var zoom = int.Parse(Regex.Match(Uri.UnescapeDataString(page.Url), "vue=[0-9.-]+,[0-9.-]+,([0-9]+)").Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.InRange(zoom, 10, 13);
    }
}
