using System.Net;
using System.Text.Json;

namespace Bdis.Search.Tests;

public sealed class SearchApiTests(SearchApiFactory factory) : IClassFixture<SearchApiFactory>
{
    private async Task<JsonElement> GetJsonAsync(string url)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} → {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task Search_returns_items_of_the_documented_shape_with_facets()
    {
        var json = await GetJsonAsync("/api/search?q=ressourcerie&pageSize=5");
        Assert.True(json.GetProperty("total").GetInt64() > 0);
        var item = json.GetProperty("items")[0];
        foreach (var name in new[] { "id", "slug", "name", "commune", "postcode", "region", "department", "themes", "network", "location", "snippet" })
        {
            Assert.True(item.TryGetProperty(name, out _), $"item lacks {name}: {item}");
        }

        Assert.Contains("ressourcerie", item.GetProperty("themes").EnumerateArray().Select(t => t.GetString()));
        var facets = json.GetProperty("facets");
        foreach (var name in new[] { "region", "department", "theme", "network" })
        {
            Assert.True(facets.GetProperty(name).EnumerateObject().Any(), $"empty facet {name}");
        }
    }

    [Fact]
    public async Task Search_sorted_by_name_lists_names_in_alphabetical_order()
    {
        // The name-sorting collector is not a TopDocsCollector<ScoreDoc>: this sort once failed with an invalid cast.
        var json = await GetJsonAsync("/api/search?q=jardin&sort=name&pageSize=10");
        var names = json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!.Replace('\u2019', '\'')).ToList();
        Assert.True(names.Count > 1, string.Join(" | ", names));
        var folded = StringComparer.Create(System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.CompareOptions.IgnoreCase | System.Globalization.CompareOptions.IgnoreNonSpace);
        Assert.Equal(names.Order(folded), names);
    }

    [Fact]
    public async Task Suggest_completes_a_prefix()
    {
        var json = await GetJsonAsync("/api/suggest?q=ressour");
        Assert.InRange(json.GetArrayLength(), 1, 10);
        Assert.Contains(json.EnumerateArray(), s => s.GetProperty("label").GetString()!.StartsWith("Ressourcerie", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Clusters_over_France_is_a_bounded_feature_collection_counting_everything()
    {
        var json = await GetJsonAsync("/api/clusters?bbox=-5.5,41,10,51.5&zoom=5");
        Assert.Equal("FeatureCollection", json.GetProperty("type").GetString());
        var features = json.GetProperty("features").EnumerateArray().ToList();
        Assert.InRange(features.Count, 1, 500);
        var counted = features.Sum(f => f.GetProperty("properties").GetProperty("count").GetInt64());
        Assert.Equal(json.GetProperty("total").GetInt64(), counted);
        Assert.All(features, f => Assert.Equal("Point", f.GetProperty("geometry").GetProperty("type").GetString()));
    }

    [Fact]
    public async Task Healthz_reports_the_index_document_count_and_lag()
    {
        var json = await GetJsonAsync("/healthz");
        var index = json.GetProperty("searchIndex");
        Assert.True(index.GetProperty("documents").GetInt64() > 300);
        Assert.True(index.TryGetProperty("lagSeconds", out _));
        Assert.True(index.TryGetProperty("watermark", out _));
    }
}
