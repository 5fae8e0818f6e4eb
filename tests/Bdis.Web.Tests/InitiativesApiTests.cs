using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Bdis.Web.Tests;

public sealed class InitiativesApiTests(BdisApiFactory factory) : IClassFixture<BdisApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Healthz_reports_the_database_and_its_demo_records()
    {
        var response = await _client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ok", body.GetProperty("status").GetString());
        Assert.True(body.GetProperty("database").GetProperty("initiatives").GetInt64() >= 300);
    }

    [Fact]
    public async Task The_list_returns_published_demo_records_paged_with_a_total()
    {
        var page = await _client.GetFromJsonAsync<JsonElement>("/api/initiatives?page=2&pageSize=10");
        Assert.True(page.GetProperty("total").GetInt64() >= 280);
        Assert.Equal(2, page.GetProperty("page").GetInt32());
        Assert.Equal(10, page.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Page_size_is_accepted_up_to_its_limit_and_refused_beyond()
    {
        var page = await _client.GetFromJsonAsync<JsonElement>("/api/initiatives?pageSize=100");
        Assert.Equal(100, page.GetProperty("pageSize").GetInt32());
        Assert.Equal(100, page.GetProperty("items").GetArrayLength());

        var beyond = await _client.GetAsync("/api/initiatives?pageSize=101");
        Assert.Equal(HttpStatusCode.BadRequest, beyond.StatusCode);
        var errors = (await beyond.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("de 1 à 100", errors.GetProperty("pageSize")[0].GetString());
    }

    [Fact]
    public async Task A_page_past_the_end_is_an_empty_page_not_an_error()
    {
        var page = await _client.GetFromJsonAsync<JsonElement>("/api/initiatives?page=10000&pageSize=100");
        Assert.Equal(0, page.GetProperty("items").GetArrayLength());
        Assert.True(page.GetProperty("total").GetInt64() > 0);
    }

    [Fact]
    public async Task Legal_status_filters_the_list_as_it_filters_the_search()
    {
        var scop = await _client.GetFromJsonAsync<JsonElement>("/api/initiatives?status=scop&pageSize=100");
        Assert.True(scop.GetProperty("total").GetInt64() > 0);
        Assert.All(scop.GetProperty("items").EnumerateArray(), i => Assert.Equal("scop", i.GetProperty("legalStatus").GetString()));
        var all = await _client.GetFromJsonAsync<JsonElement>("/api/initiatives");
        Assert.True(scop.GetProperty("total").GetInt64() < all.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Filters_combine_and_a_top_theme_includes_its_sub_themes()
    {
        var all = await _client.GetFromJsonAsync<JsonElement>("/api/initiatives?region=93&pageSize=100");
        Assert.True(all.GetProperty("total").GetInt64() > 0);
        Assert.All(all.GetProperty("items").EnumerateArray(), i => Assert.Equal("93", i.GetProperty("region").GetString()));

        var consommer = await _client.GetFromJsonAsync<JsonElement>("/api/initiatives?theme=consommer&pageSize=100");
        var subThemes = new[] { "consommer", "amap", "epicerie-solidaire", "circuit-court", "commerce-equitable", "restauration-solidaire", "jardin-partage" };
        Assert.True(consommer.GetProperty("total").GetInt64() > 0);
        Assert.All(consommer.GetProperty("items").EnumerateArray(), i =>
            Assert.Contains(i.GetProperty("themes").EnumerateArray(), t => subThemes.Contains(t.GetString())));
        var amapOnly = await _client.GetFromJsonAsync<JsonElement>("/api/initiatives?theme=amap");
        Assert.True(amapOnly.GetProperty("total").GetInt64() < consommer.GetProperty("total").GetInt64());

        var two = await _client.GetFromJsonAsync<JsonElement>("/api/initiatives?theme=amap&theme=ressourcerie");
        var ressourcerie = await _client.GetFromJsonAsync<JsonElement>("/api/initiatives?theme=ressourcerie");
        Assert.True(two.GetProperty("total").GetInt64() >= Math.Max(amapOnly.GetProperty("total").GetInt64(), ressourcerie.GetProperty("total").GetInt64()));
    }

    [Fact]
    public async Task A_record_is_found_by_its_slug_and_an_unknown_slug_is_a_404_problem()
    {
        var first = (await _client.GetFromJsonAsync<JsonElement>("/api/initiatives?pageSize=1")).GetProperty("items")[0];
        var slug = first.GetProperty("slug").GetString();
        var detail = await _client.GetFromJsonAsync<JsonElement>($"/api/initiatives/{slug}");
        Assert.Equal(first.GetProperty("name").GetString(), detail.GetProperty("name").GetString());

        var missing = await _client.GetAsync("/api/initiatives/cette-initiative-n-existe-pas");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/initiatives?page=0")]
    [InlineData("/api/initiatives?page=-1")]
    [InlineData("/api/initiatives?page=abc")]
    [InlineData("/api/initiatives?page=99999999999999999999")]
    [InlineData("/api/initiatives?pageSize=0")]
    [InlineData("/api/initiatives?pageSize=1e3")]
    [InlineData("/api/initiatives?region=99")]
    [InlineData("/api/initiatives?region=%27%3B%20DROP%20TABLE%20initiatives%3B--")]
    [InlineData("/api/initiatives?department=2C")]
    [InlineData("/api/initiatives?theme=nope")]
    [InlineData("/api/initiatives?theme=%3Cscript%3E")]
    [InlineData("/api/initiatives?network=%F0%9F%98%80")]
    [InlineData("/api/initiatives?network=a")]
    public async Task Malformed_parameters_get_400_problem_details(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"errors\"", body);
        Assert.DoesNotContain("   at ", body);
    }

    [Fact]
    public async Task Huge_and_repeated_parameters_get_400_not_500()
    {
        var huge = await _client.GetAsync("/api/initiatives?region=" + new string('9', 10_000));
        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
        var many = await _client.GetAsync("/api/initiatives?" + string.Join('&', Enumerable.Repeat("theme=amap", 60)));
        Assert.Equal(HttpStatusCode.BadRequest, many.StatusCode);
    }

    [Fact]
    public async Task Hostile_slugs_are_404_not_500()
    {
        foreach (var slug in new[] { "%27%20OR%201%3D1", "..%2F..%2Fetc%2Fpasswd", new string('a', 5000), "%E2%80%AE%F0%9F%98%80", "a%2Fb" })
        {
            var response = await _client.GetAsync($"/api/initiatives/{slug}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task An_unknown_network_filter_matches_nothing()
    {
        var page = await _client.GetFromJsonAsync<JsonElement>("/api/initiatives?network=NOPE");
        Assert.Equal(0, page.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task The_API_is_described_by_OpenAPI()
    {
        var doc = await _client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        Assert.True(doc.GetProperty("paths").TryGetProperty("/api/initiatives", out _));
    }
}
