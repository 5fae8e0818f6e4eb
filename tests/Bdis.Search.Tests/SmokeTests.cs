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

    [Fact]
    public void A_query_without_text_answers_the_same_from_its_cached_counts()
    {
        var query = new SearchQuery { Filters = new SearchFilters { Themes = ["consommer"] }, Page = 2, PageSize = 7 };
        var first = demo.Host.Search.Search(query);
        var second = demo.Host.Search.Search(query);
        Assert.True(first.Total > 14);
        Assert.Equal(first.Total, second.Total);
        Assert.Equal(first.Items.Select(i => i.Id), second.Items.Select(i => i.Id));
        Assert.Equal(first.Facets.Region, second.Facets.Region);
        Assert.Equal(first.Total, second.Facets.Theme["consommer"]);
        Assert.Equal(7, second.Items.Count);
    }
}
