using System.Net;
using System.Text.Json;
using Bdis.Core.Reference;

namespace Bdis.Search.Tests;

/// <summary>"Quoi ? Où ?" through the real /api/search, /api/clusters, /api/suggest and home page, over the demo data.</summary>
public sealed class WhatWhereApiTests(SearchApiFactory factory) : IClassFixture<SearchApiFactory>
{
    private const string France = "bbox=-6,41,10,51.5&zoom=5";

    private async Task<string> GetAsync(string url)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} → {(int)response.StatusCode}: {body}");
        return body;
    }

    private async Task<JsonElement> GetJsonAsync(string url) => JsonDocument.Parse(await GetAsync(url)).RootElement.Clone();

    [Theory]
    [InlineData("épicerie lyon")]
    [InlineData("ressourcerie aix")]
    [InlineData("amap 59")]
    [InlineData("tiers-lieu bretagne")]
    [InlineData("recyclerie marseille")]
    [InlineData("amap gerland")]
    [InlineData("jardin")]
    [InlineData("cooperative d'habitants")]
    public async Task Search_and_clusters_count_the_same_located_records(string q)
    {
        var query = Uri.EscapeDataString(q);
        var list = await GetJsonAsync($"/api/search?q={query}&pageSize=100");
        var map = await GetJsonAsync($"/api/clusters?q={query}&{France}");
        var total = list.GetProperty("total").GetInt64();
        Assert.InRange(total, 0, 100);
        var located = list.GetProperty("items").EnumerateArray().Count(i => i.GetProperty("location").ValueKind != JsonValueKind.Null);
        Assert.Equal(located, map.GetProperty("total").GetInt64());
        Assert.Equal(located, map.GetProperty("features").EnumerateArray().Sum(f => f.GetProperty("properties").GetProperty("count").GetInt64()));
    }

    [Fact]
    public async Task Search_says_how_it_read_the_place_and_places_false_undoes_it()
    {
        var read = await GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("épicerie lyon"));
        var interpretation = read.GetProperty("interpretation");
        Assert.Equal("épicerie", interpretation.GetProperty("text").GetString());
        Assert.Equal("commune", interpretation.GetProperty("kind").GetString());
        Assert.Equal("69", interpretation.GetProperty("departmentCode").GetString());
        Assert.All(read.GetProperty("items").EnumerateArray(), i => Assert.Equal("69", i.GetProperty("department").GetString()));

        var asText = await GetJsonAsync("/api/search?places=false&q=" + Uri.EscapeDataString("épicerie lyon"));
        Assert.False(asText.TryGetProperty("interpretation", out var none) && none.ValueKind != JsonValueKind.Null, asText.ToString());

        using var client = factory.CreateClient();
        using var bad = await client.GetAsync("/api/search?q=lyon&places=peut-etre");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task The_home_page_says_what_it_understood_with_a_link_to_search_the_words_as_text()
    {
        var html = WebUtility.HtmlDecode(await GetAsync("/?q=" + Uri.EscapeDataString("ressourcerie lyon")));
        Assert.Contains("data-interpretation", html);
        Assert.Contains("Recherche « ressourcerie » autour de Lyon", html);
        Assert.Contains("places=0", html);
        var asText = await GetAsync("/?places=0&q=" + Uri.EscapeDataString("ressourcerie lyon"));
        Assert.DoesNotContain("data-interpretation", asText);
    }

    [Fact]
    public async Task A_short_word_does_not_match_longer_words_it_begins()
    {
        // No demo record has the word "sel"; 36 have "selon" in their description.
        var json = await GetJsonAsync("/api/search?q=sel");
        Assert.Equal(0, json.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Near_without_sort_lists_the_nearest_first()
    {
        var json = await GetJsonAsync("/api/search?q=amap&near=5.3698,43.2965&radiusKm=300&pageSize=20");
        var distances = json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("distanceKm").GetDouble()).ToList();
        Assert.True(distances.Count > 2);
        Assert.Equal(distances.Order(), distances);
    }

    [Fact]
    public async Task Suggestions_never_repeat_a_label()
    {
        foreach (var prefix in new[] { "mars", "lyon", "amap", "ep", "ressourcerie", "jardin par" })
        {
            var labels = (await GetJsonAsync("/api/suggest?q=" + Uri.EscapeDataString(prefix))).EnumerateArray()
                .Select(s => Bdis.Core.Text.TextKey.Normalize(s.GetProperty("label").GetString())).ToList();
            Assert.Equal(labels.Distinct(), labels);
        }
    }

    [Fact]
    public async Task The_first_page_without_words_mixes_themes_and_is_not_alphabetical()
    {
        // The demo data is loaded in one go, file order AMAP first: the list used to open on twenty AMAPs.
        var themes = Referentials.Load().Themes;
        var items = (await GetJsonAsync("/api/search?pageSize=20")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(20, items.Count);
        var tops = items.Select(i => i.GetProperty("themes")[0].GetString()!).Select(t => themes.TopOf(t)?.Code ?? t).ToList();
        Assert.True(tops.Distinct().Count() >= 5, string.Join(", ", tops));
        var names = items.Select(i => Bdis.Core.Text.TextKey.Normalize(i.GetProperty("name").GetString())).ToList();
        Assert.NotEqual(names.Order(StringComparer.Ordinal), names);
    }
}
