using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Bdis.E2E;

[Collection(SiteCollection.Name)]
public sealed partial class DirectoryTests(SiteHost site, BrowserHost browser)
{
    private async Task<IPage> OpenAsync(string path, BrowserNewContextOptions? options = null)
    {
        var context = await browser.Browser.NewContextAsync(options ?? new BrowserNewContextOptions { Locale = "fr-FR" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(path));
        return page;
    }

    private static async Task<long> TotalAsync(IPage page) =>
        long.Parse(await page.Locator(".results-summary").GetAttributeAsync("data-total") ?? "-1", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Home_page_draws_clusters_from_the_api_even_when_tiles_fail()
    {
        var page = await OpenAsync("/");

        await page.Locator(".leaflet-marker-icon.cluster, .leaflet-marker-icon.pin").First.WaitForAsync();
        Assert.True(await page.Locator(".leaflet-marker-icon.cluster").CountAsync() > 0);
        var drawn = await page.Locator("[data-bdis-map]").GetAttributeAsync("data-features");
        Assert.True(int.Parse(drawn!, System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal(20, await page.Locator("[data-result-item]").CountAsync());
        await Artifacts.ScreenshotAsync(page, "home");
    }

    [Fact]
    public async Task Clicking_a_cluster_zooms_in_and_a_single_marker_opens_a_popup_with_a_link()
    {
        var page = await OpenAsync("/?region=93");
        var map = page.Locator("[data-bdis-map]");
        await page.WaitForFunctionAsync("() => document.querySelector('[data-bdis-map]').dataset.features");
        var pin = page.Locator(".leaflet-marker-icon.pin").First;
        for (var i = 0; i < 10 && await pin.CountAsync() == 0; i++)
        {
            var view = page.Url;
            await page.Locator(".leaflet-marker-icon.cluster").First.ClickAsync();
            await page.WaitForURLAsync(url => url != view);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        Assert.Matches(new Regex("vue=[0-9.-]+(,|%2C)[0-9.-]+(,|%2C)[0-9]+"), page.Url);
        await pin.ClickAsync();
        var link = page.Locator(".leaflet-popup-content a");
        await Assertions.Expect(link).ToHaveAttributeAsync("href", new Regex("^/initiatives/[a-z0-9-]+$"));
        Assert.False(string.IsNullOrWhiteSpace(await page.Locator(".leaflet-popup-content .popup-title").InnerTextAsync()));
        await Artifacts.ScreenshotAsync(page, "map-popup");
    }

    [Fact]
    public async Task Filtering_by_region_changes_the_list_the_counts_and_the_url_and_back_restores_the_previous_filters()
    {
        var page = await OpenAsync("/");
        var allTotal = await TotalAsync(page);

        await page.SelectOptionAsync("#region", "93");
        await page.Locator("[data-filter-form] button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(new Regex("region=93"));
        Assert.Matches(new Regex(@"/\?region=93(&vue=[^&]+)?$"), page.Url);
        var regionTotal = await TotalAsync(page);
        Assert.InRange(regionTotal, 1, allTotal - 1);
        Assert.Equal("93", await page.InputValueAsync("#region"));
        var departments = await page.Locator("#department option[data-region]").EvaluateAllAsync<string[]>("os => os.map(o => o.dataset.region)");
        Assert.All(departments, r => Assert.Equal("93", r));

        await page.CheckAsync("#theme-consommer");
        await page.Locator("[data-filter-form] button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(new Regex("theme=consommer"));
        Assert.True(await TotalAsync(page) < regionTotal);

        await page.GoBackAsync();
        await page.WaitForURLAsync(url => url.Contains("region=93", StringComparison.Ordinal) && !url.Contains("theme=", StringComparison.Ordinal));
        Assert.Equal("93", await page.InputValueAsync("#region"));
        Assert.False(await page.IsCheckedAsync("#theme-consommer"));
        Assert.Equal(regionTotal, await TotalAsync(page));

        await page.GoBackAsync();
        Assert.Equal(string.Empty, await page.InputValueAsync("#region"));
        Assert.Equal(allTotal, await TotalAsync(page));
    }

    [Fact]
    public async Task Keyword_search_with_a_typo_finds_the_record_and_suggestions_come_while_typing()
    {
        var page = await OpenAsync("/");

        await page.FillAsync("#q", "ress");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#q-suggestions option').length > 0");
        await page.FillAsync("#q", "ressourcrie aix");
        await page.PressAsync("#q", "Enter");
        await page.WaitForURLAsync(new Regex("q=ressourcrie"));

        Assert.Equal("Ressourcerie du Pays d'Aix", await page.Locator("[data-result-item] h3").First.InnerTextAsync());
        await Artifacts.ScreenshotAsync(page, "search-typo");
    }

    [Fact]
    public async Task Without_javascript_the_form_list_and_paging_still_work()
    {
        var page = await OpenAsync("/", new BrowserNewContextOptions { JavaScriptEnabled = false, Locale = "fr-FR" });

        var firstPage = await page.Locator("[data-result-item] h3").AllInnerTextsAsync();
        Assert.Equal(20, firstPage.Count);
        await page.Locator("a[rel=next]").ClickAsync();
        await page.WaitForURLAsync(new Regex("page=2"));
        var secondPage = await page.Locator("[data-result-item] h3").AllInnerTextsAsync();
        Assert.Empty(firstPage.Intersect(secondPage));

        await page.SelectOptionAsync("#region", "93");
        await page.Locator("[data-filter-form] button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(new Regex("region=93"));
        Assert.DoesNotContain("page=2", page.Url, StringComparison.Ordinal);
        Assert.True(await TotalAsync(page) > 0);
        Assert.True(await page.Locator(".map-fallback").IsVisibleAsync());
        await Artifacts.ScreenshotAsync(page, "home-no-javascript");
    }

    [Fact]
    public async Task On_a_phone_the_search_field_shows_the_filters_open_as_a_sheet_and_the_toggle_gives_a_full_screen_map()
    {
        var page = await OpenAsync("/", new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, Locale = "fr-FR",
        });

        var toggle = page.Locator("[data-view-toggle]");
        await Assertions.Expect(toggle).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#q")).ToBeInViewportAsync();
        await Assertions.Expect(page.Locator(".result-panel")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".map-panel")).ToBeHiddenAsync();
        await Artifacts.ScreenshotAsync(page, "phone-list");

        var sheet = page.Locator("[data-filter-sheet]");
        Assert.False(await sheet.EvaluateAsync<bool>("d => d.open"));
        await Assertions.Expect(page.Locator("#region")).ToBeHiddenAsync();
        await sheet.Locator("summary").ClickAsync();
        await Assertions.Expect(page.Locator("#region")).ToBeVisibleAsync();
        Assert.Equal("fixed", await sheet.EvaluateAsync<string>("d => getComputedStyle(d).position"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts.Folder, "phone-filters.png") });
        await sheet.Locator("summary").ClickAsync();
        await Assertions.Expect(page.Locator("#region")).ToBeHiddenAsync();

        await toggle.GetByRole(AriaRole.Button, new() { Name = "Carte" }).ClickAsync();
        await Assertions.Expect(page.Locator(".map-panel")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".result-panel")).ToBeHiddenAsync();
        await page.Locator(".leaflet-marker-icon").First.WaitForAsync();
        Assert.Equal("true", await toggle.GetByRole(AriaRole.Button, new() { Name = "Carte" }).GetAttributeAsync("aria-pressed"));
        var map = await page.Locator(".map").BoundingBoxAsync();
        Assert.True(map!.Height >= 844 * 0.75, $"the map is {map.Height} px high");
        await Artifacts.ScreenshotAsync(page, "phone-map");
    }

    [Fact]
    public async Task Active_filters_are_chips_that_each_remove_their_filter()
    {
        var page = await OpenAsync("/?region=93&theme=consommer");
        var chips = page.Locator(".active-filters .chip");

        await Assertions.Expect(chips).ToHaveCountAsync(3); // the region, the theme, and "clear all"
        await page.GetByRole(AriaRole.Link, new() { Name = "Retirer le filtre Consommer, se nourrir" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("theme=", StringComparison.Ordinal));
        Assert.Contains("region=93", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(chips).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Focusing_a_list_item_highlights_its_place_on_the_map()
    {
        var page = await OpenAsync("/?region=93");
        await page.Locator(".leaflet-marker-icon").First.WaitForAsync();

        await page.Locator("[data-result-item] h3 a").First.FocusAsync();

        await Assertions.Expect(page.Locator(".leaflet-overlay-pane path")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Search_this_area_puts_the_map_area_in_the_url_and_narrows_the_list()
    {
        var page = await OpenAsync("/?vue=43.5,5.4,10");
        await page.WaitForFunctionAsync("() => document.querySelector('[data-bdis-map]').dataset.features");
        var before = await TotalAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Rechercher dans cette zone" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("bbox=[0-9.-]+%2C|bbox=[0-9.-]+,"));

        var inArea = await TotalAsync(page);
        Assert.InRange(inArea, 1, before - 1);
        Assert.Contains("Limité à la zone choisie", await page.Locator("[data-filter-form]").InnerTextAsync());
        Assert.All(await page.Locator("[data-result-item]").EvaluateAllAsync<double[]>("items => items.map(i => Number(i.dataset.lon))"),
            lon => Assert.InRange(lon, 4.5, 6.3));
    }

    [Fact]
    public async Task Keyboard_reaches_the_content_by_the_skip_link_and_opens_a_marker_popup_and_its_page()
    {
        var page = await OpenAsync("/?q=ressourcerie%20du%20pays%20d%27aix");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Aller au contenu", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("contenu", await page.EvaluateAsync<string>("() => document.activeElement.id"));

        await OpenFirstPopupByKeyboardAsync(page);
        // Enter on the popup's link, the focused element (checked above). Pressed through the locator: in two full runs
        // out of about fifteen, under heavy load, a blind Enter here led nowhere; should the focus have moved in the
        // meantime, the locator puts it back on the link first. If no navigation follows, say what the page was doing.
        await page.Locator(".leaflet-popup-content a").PressAsync("Enter");
        try
        {
            await page.WaitForURLAsync(new Regex("/initiatives/ressourcerie-du-pays-d-aix$"));
        }
        catch (TimeoutException)
        {
            var state = await page.EvaluateAsync<string>(
                "() => JSON.stringify({ url: location.href, active: document.activeElement?.outerHTML?.slice(0, 200), popups: document.querySelectorAll('.leaflet-popup').length })");
            Assert.Fail("Enter on the popup's link did not lead to the initiative's page: " + state);
        }
    }

    [Fact]
    public async Task Escape_in_a_marker_popup_closes_it_and_gives_the_focus_back_to_the_marker()
    {
        var page = await OpenAsync("/?q=ressourcerie%20du%20pays%20d%27aix");
        await OpenFirstPopupByKeyboardAsync(page);

        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator(".leaflet-popup")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".leaflet-marker-icon.pin").First).ToBeFocusedAsync();
        Assert.EndsWith("/", new Uri(page.Url).AbsolutePath); // still on the directory, nothing followed
    }

    /// <summary>Focuses the first pin, presses Enter, and waits until the popup's link has the focus for good.</summary>
    private static async Task OpenFirstPopupByKeyboardAsync(IPage page)
    {
        var pin = page.Locator(".leaflet-marker-icon.pin").First;
        await pin.WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await pin.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".leaflet-popup-content a")).ToBeFocusedAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle); // the redraw the popup's auto-pan causes is over
        await Assertions.Expect(page.Locator(".leaflet-popup-content a")).ToBeFocusedAsync();
    }
}
