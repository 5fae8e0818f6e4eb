using Bdis.Search.Contracts;

namespace Bdis.Search.Tests;

public sealed class SmokeTests(DemoSearchFixture demo) : IClassFixture<DemoSearchFixture>
{
    [Fact]
    public void Empty_query_returns_every_published_demo_initiative_with_facets()
    {
        var result = demo.Host.Search.Search(new SearchQuery());
        Assert.True(result.Total > 300, $"total {result.Total}");
        Assert.Equal(20, result.Items.Count);
        Assert.Equal(result.Total, result.Facets.Network.Values.Sum());
    }

    [Fact]
    public void Accented_word_is_found_without_accents()
    {
        var result = demo.Host.Search.Search(new SearchQuery { Text = "epicerie" });
        Assert.Contains(result.Items, h => h.Name.Contains("Épicerie", StringComparison.Ordinal));
    }
}
