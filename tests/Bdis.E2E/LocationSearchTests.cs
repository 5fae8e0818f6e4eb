using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Bdis.E2E;

[Collection(SiteCollection.Name)]
public sealed class LocationSearchTests(SiteHost site, BrowserHost browser)
{
    [Fact]
    public async Task Going_to_a_postcode_lists_the_nearest_initiatives_first_with_their_distance()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "fr-FR" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("/"));

        await page.FillAsync("#commune", "13100");
        await page.Locator("[data-filter-form] button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(new Regex("commune=13100"));

        var first = page.Locator("[data-result-item]").First;
        Assert.Contains("Aix-en-Provence", await first.Locator(".meta").First.InnerTextAsync());
        Assert.Matches(new Regex(@"à \d+([,.]\d)? km"), await first.InnerTextAsync());
        Assert.Equal("distance", await page.InputValueAsync("#sort"));
    }

    [Fact]
    public async Task An_unknown_postcode_is_explained_and_the_list_stays()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "fr-FR" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("/?commune=00000"));

        Assert.Contains("n'est ni un code postal ni un code INSEE connu", await page.Locator(".notice").First.InnerTextAsync());
        Assert.Equal(20, await page.Locator("[data-result-item]").CountAsync());
    }

    [Fact]
    public async Task Near_me_uses_the_browser_position_and_sorts_by_distance()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "fr-FR",
            Geolocation = new Geolocation { Latitude = 43.5275f, Longitude = 5.4554f },
            Permissions = ["geolocation"],
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("/"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Autour de moi" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("near=5\\.455"));

        Assert.Contains("sort=distance", page.Url, StringComparison.Ordinal);
        Assert.Equal("Ressourcerie du Pays d'Aix", await page.Locator("[data-result-item] h3").First.InnerTextAsync());
        Assert.Contains("km", await page.Locator("[data-result-item] .meta").First.InnerTextAsync());
    }
}
