using Microsoft.Playwright;

namespace Bdis.E2E;

/// <summary>
/// The pages a visitor meets, at every width from a small phone to a wide screen: no horizontal scroll, the key boxes
/// inside the viewport and not over one another, and the map and the list both reachable (visible, or one tap on the
/// visible toggle away). Screenshots of each width land in the artifacts (layout-NAME-WIDTH.png).
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class LayoutTests(SiteHost site, BrowserHost browser)
{
    private static readonly int[] Widths = [320, 390, 768, 900, 1024, 1280, 1600];

    // Boxes that must sit side by side or one above the other, never over each other. An absent or hidden box is
    // skipped here; reachability is checked on its own below.
    private const string HomeBoxes = ".site-header, h1, .home-lead, .filters, .view-toggle, .result-panel, .map-shell";
    private const string EmbedBoxes = ".view-toggle, .result-panel, .map-shell, .embed-credit";
    private const string InitiativeBoxes = ".site-header, .breadcrumb, h1, .details, aside .map-shell, .link-list";
    private const string ThemesBoxes = ".site-header, h1, .theme-card";

    [Fact]
    public async Task Home_page_fits_every_width_with_the_search_field_the_list_and_the_map_reachable()
    {
        var page = await NewPageAsync();
        foreach (var width in Widths)
        {
            await OpenAsync(page, "/", width, 900);
            await AssertFitsAsync(page, HomeBoxes, $"home {width}");
            await AssertInViewAsync(page, "#q", $"home {width}");
            await Artifacts.ViewportScreenshotAsync(page, $"layout-home-{width}");
            await AssertListAndMapReachableAsync(page, $"home {width}", $"layout-home-{width}");
        }
    }

    [Fact]
    public async Task Embed_fits_every_width_and_a_frame_only_400_px_high()
    {
        var page = await NewPageAsync();
        foreach (var height in new[] { 900, 400 })
        {
            foreach (var width in Widths)
            {
                var what = $"embed {width}×{height}";
                await OpenAsync(page, "/embed?region=93", width, height);
                await AssertFitsAsync(page, EmbedBoxes, what);
                await AssertInViewAsync(page, "#q-embed", what);
                await Artifacts.ViewportScreenshotAsync(page, $"layout-embed-{width}x{height}");
                await AssertListAndMapReachableAsync(page, what, $"layout-embed-{width}x{height}");
                if (width >= 768)
                {
                    var map = await BoxAsync(page, ".map");
                    Assert.True(map.Height >= 200, $"{what}: the map is only {map.Height:0} px high");
                    // Side by side, the map and the list fill the frame without making it scroll.
                    Assert.True(map.Y + map.Height <= height + 1, $"{what}: the map ends at {map.Y + map.Height:0} px, below the frame");
                    var list = await BoxAsync(page, ".result-panel");
                    Assert.True(list.Y + list.Height <= height + 1, $"{what}: the list ends at {list.Y + list.Height:0} px, below the frame");
                }
            }
        }
    }

    [Fact]
    public async Task Initiative_page_fits_every_width_with_its_map_directions_and_share_links()
    {
        var page = await NewPageAsync();
        foreach (var width in Widths)
        {
            await OpenAsync(page, "/initiatives/ressourcerie-du-pays-d-aix", width, 900);
            await AssertFitsAsync(page, InitiativeBoxes, $"initiative {width}");
            await Assertions.Expect(page.Locator("#carte-fiche .leaflet-marker-icon.pin")).ToBeVisibleAsync();
            await Artifacts.ViewportScreenshotAsync(page, $"layout-initiative-{width}");
        }

        Assert.StartsWith("https://www.openstreetmap.org/directions?route=", await page.GetByText("Itinéraire avec OpenStreetMap").GetAttributeAsync("href"));
        Assert.StartsWith("geo:43.", await page.GetByText("Ouvrir dans une application de cartes").GetAttributeAsync("href"));
        Assert.StartsWith("mailto:?subject=", await page.GetByText("Envoyer par courriel").GetAttributeAsync("href"));
        Assert.EndsWith("/initiatives/ressourcerie-du-pays-d-aix", await page.InputValueAsync("#lien-fiche"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Copier le lien" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-copy-status=lien-fiche]")).Not.ToBeEmptyAsync();
    }

    [Fact]
    public async Task Themes_page_fits_every_width_with_the_ten_entries_their_counts_and_descriptions()
    {
        var page = await NewPageAsync();
        foreach (var width in Widths)
        {
            await OpenAsync(page, "/themes", width, 900);
            await AssertFitsAsync(page, ThemesBoxes, $"themes {width}");
            await Artifacts.ViewportScreenshotAsync(page, $"layout-themes-{width}");
        }

        Assert.Equal(10, await page.Locator(".theme-card").CountAsync());
        Assert.All(await page.Locator(".theme-count").AllInnerTextsAsync(), t => Assert.Matches("^[0-9  ]+ initiatives?$", t));
    }

    private async Task<IPage> NewPageAsync()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "fr-FR" });
        return await context.NewPageAsync();
    }

    private async Task OpenAsync(IPage page, string path, int width, int height)
    {
        await page.SetViewportSizeAsync(width, height);
        await page.GotoAsync(site.Url(path));
        // Laid out once the map module has run (it opens the legend and the filters where there is room).
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('[data-bdis-map]')].every(m => m.offsetWidth === 0 || m.dataset.started)");
    }

    private static async Task AssertFitsAsync(IPage page, string selectors, string what)
    {
        var problems = await page.EvaluateAsync<string[]>(
            """
            selectors => {
              const problems = [];
              const width = window.innerWidth;
              if (document.scrollingElement.scrollWidth > width) problems.push(`page ${document.scrollingElement.scrollWidth} px wide in ${width}`);
              const boxes = [...document.querySelectorAll(selectors)]
                .filter(e => e.offsetWidth > 0 && e.offsetHeight > 0 && getComputedStyle(e).visibility !== 'hidden')
                .map(e => ({ e, r: e.getBoundingClientRect(), name: e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ')[0] : '') }));
              for (const { r, name } of boxes) {
                if (r.left < -0.5 || r.right > width + 0.5) problems.push(`${name} spans ${r.left.toFixed(0)}–${r.right.toFixed(0)} px`);
              }
              for (let i = 0; i < boxes.length; i++) {
                for (let j = i + 1; j < boxes.length; j++) {
                  const [a, b] = [boxes[i], boxes[j]];
                  if (a.e.contains(b.e) || b.e.contains(a.e)) continue;
                  const overlapX = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
                  const overlapY = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
                  if (overlapX > 1 && overlapY > 1) problems.push(`${a.name} and ${b.name} overlap by ${overlapX.toFixed(0)}×${overlapY.toFixed(0)} px`);
                }
              }
              return problems;
            }
            """, selectors);
        Assert.True(problems.Length == 0, $"{what}: {string.Join("; ", problems)}");
    }

    private static async Task AssertInViewAsync(IPage page, string selector, string what)
    {
        var box = await BoxAsync(page, selector);
        var viewport = page.ViewportSize!;
        Assert.True(box.X >= 0 && box.X + box.Width <= viewport.Width && box.Y >= 0 && box.Y + box.Height <= viewport.Height,
            $"{what}: {selector} is at {box.X:0},{box.Y:0} ({box.Width:0}×{box.Height:0}), outside the first screen");
    }

    /// <summary>Both visible, or the toggle visible and each one shown by a tap on it.</summary>
    private static async Task AssertListAndMapReachableAsync(IPage page, string what, string shot)
    {
        var list = page.Locator(".results");
        var map = page.Locator(".map");
        if (await list.IsVisibleAsync() && await map.IsVisibleAsync())
        {
            await page.Locator(".leaflet-marker-icon").First.WaitForAsync();
            return;
        }

        var toggle = page.Locator("[data-view-toggle]");
        Assert.True(await toggle.IsVisibleAsync(), $"{what}: the list or the map is hidden and there is no toggle");
        await toggle.GetByRole(AriaRole.Button, new() { Name = "Carte" }).ClickAsync();
        await Assertions.Expect(map).ToBeVisibleAsync();
        await page.Locator(".leaflet-marker-icon").First.WaitForAsync();
        var box = await BoxAsync(page, ".map");
        var viewport = page.ViewportSize!;
        Assert.True(box.Height >= Math.Min(viewport.Height * 0.6, 240), $"{what}: the map view is only {box.Height:0} px high");
        Assert.True(box.Width >= viewport.Width - 40, $"{what}: the map view is only {box.Width:0} px wide");
        await Artifacts.ViewportScreenshotAsync(page, shot + "-map");
        await toggle.GetByRole(AriaRole.Button, new() { Name = "Liste" }).ClickAsync();
        await Assertions.Expect(list).ToBeVisibleAsync();
    }

    private static async Task<LocatorBoundingBoxResult> BoxAsync(IPage page, string selector) =>
        await page.Locator(selector).First.BoundingBoxAsync() ?? throw new InvalidOperationException($"{selector} is not displayed");
}
