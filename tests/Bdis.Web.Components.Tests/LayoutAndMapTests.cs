using Bdis.Web.Components.Layout;
using Bdis.Web.Components.Map;
using Bdis.Web.Site;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace Bdis.Web.Components.Tests;

public sealed class LayoutAndMapTests : ComponentTestContext
{
    [Fact]
    public void Language_switch_offers_english_on_a_french_page_and_returns_to_the_same_page()
    {
        UseCulture("fr");
        Services.GetRequiredService<Bunit.TestDoubles.BunitNavigationManager>().NavigateTo("/regions/93?theme=consommer");
        var cut = Render<LanguageSwitch>();

        var button = cut.Find("button[name=lang]");
        Assert.Equal("en", button.GetAttribute("value"));
        Assert.Equal("en", button.GetAttribute("lang"));
        Assert.Equal("/regions/93?theme=consommer", cut.Find("input[name=retour]").GetAttribute("value"));
    }

    [Fact]
    public void Map_takes_tile_url_and_attribution_from_configuration()
    {
        Services.Configure<MapOptions>(o =>
        {
            o.TileUrl = "https://tiles.reseau.example/{z}/{x}/{y}.png";
            o.Attribution = "Tuiles du réseau";
        });
        var cut = Render<LeafletMap>(p => p.Add(c => c.Query, "region=93").Add(c => c.AriaLabel, "Carte"));

        var map = cut.Find("[data-bdis-map]");
        Assert.Equal("https://tiles.reseau.example/{z}/{x}/{y}.png", map.GetAttribute("data-tiles"));
        Assert.Equal("Tuiles du réseau", map.GetAttribute("data-attribution"));
        Assert.Equal("region=93", map.GetAttribute("data-query"));
        Assert.Equal("/api/clusters", map.GetAttribute("data-clusters-url"));
        Assert.Contains("nécessite JavaScript", cut.Find(".map-fallback").TextContent);
    }
}
