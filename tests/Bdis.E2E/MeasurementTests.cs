using System.Globalization;
using Microsoft.Playwright;

namespace Bdis.E2E;

/// <summary>Figures for docs/benchmarks.md, measured in the real browser and recorded as artifacts; nothing is asserted on time.</summary>
[Collection(SiteCollection.Name)]
public sealed class MeasurementTests(SiteHost site, BrowserHost browser)
{
    [Fact]
    public async Task Home_page_transfer_is_measured_excluding_tiles()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "fr-FR" });
        var page = await context.NewPageAsync();
        var responses = new List<IResponse>();
        page.Response += (_, response) => responses.Add(response);

        await page.GotoAsync(site.Url("/"));
        await page.Locator(".leaflet-marker-icon").First.WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var own = responses.Where(r => r.Url.StartsWith(site.Address.ToString(), StringComparison.Ordinal)).ToList();
        long total = 0;
        var byUrl = new Dictionary<string, long>();
        foreach (var response in own)
        {
            var sizes = await response.Request.SizesAsync();
            var bytes = sizes.ResponseBodySize + sizes.ResponseHeadersSize;
            total += bytes;
            byUrl[new Uri(response.Url).PathAndQuery] = bytes;
        }

        var firstDraw = await page.Locator("[data-bdis-map]").GetAttributeAsync("data-first-draw-ms");
        await Artifacts.RecordAsync("home-transfer", new { totalBytes = total, requests = own.Count, firstClustersDrawnMs = firstDraw, byUrl });
        Assert.InRange(total, 1, 300_000); // the home page's budget: 300 kB with its scripts, styles, data and first clusters
        Assert.Contains(byUrl.Keys, k => k.StartsWith("/api/clusters", StringComparison.Ordinal));
        Assert.False(string.IsNullOrEmpty(firstDraw));
        _ = double.Parse(firstDraw!, CultureInfo.InvariantCulture);
    }
}
