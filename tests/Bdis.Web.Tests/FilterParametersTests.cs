using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bdis.Web.Filters;

namespace Bdis.Web.Tests;

/// <summary>One filter model: the API refuses what a page ignores with a sentence, at the same limits; OpenAPI states them.</summary>
public sealed class FilterParametersTests(BdisApiFactory factory) : IClassFixture<BdisApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient(new() { HandleCookies = false });

    /// <summary>(parameter, query at the limit, query just past it, its message key).</summary>
    public static TheoryData<string, string, string, string> Boundaries => new()
    {
        { "q", "q=" + new string('a', FilterLimits.MaxTextLength), "q=" + new string('a', FilterLimits.MaxTextLength + 1), "FilterTextTooLong" },
        { "page", "page=10000", "page=10001", "FilterBadPage" },
        { "page", "page=1", "page=0", "FilterBadPage" },
        { "radiusKm", "near=5.4,43.5&radiusKm=1000", "near=5.4,43.5&radiusKm=1001", "FilterBadRadius" },
        { "radiusKm", "near=5.4,43.5&radiusKm=0.5", "near=5.4,43.5&radiusKm=-1", "FilterBadRadius" },
        { "region", "region=93", "region=99", "FilterUnknownRegion" },
        { "department", "department=2A", "department=2C", "FilterUnknownDepartment" },
        { "theme", "theme=amap", "theme=nope", "FilterUnknownTheme" },
        { "status", "status=scop", "status=sarl", "FilterUnknownStatus" },
        { "region", "region=" + string.Join(',', Enumerable.Repeat("93", 50)), "region=" + string.Join(',', Enumerable.Repeat("93", 51)), "FilterTooManyValues" },
        { "sort", "sort=name", "sort=foo", "FilterBadSort" },
        { "bbox", "bbox=4.2,43.1,6.9,44.4", "bbox=4.2,44.4,6.9,43.1", "FilterBadBbox" },
        { "near", "near=5.4,43.5", "near=5.4,93.5", "FilterBadNear" },
    };

    [Theory]
    [MemberData(nameof(Boundaries))]
    public async Task The_api_refuses_past_the_limit_in_french_and_the_page_says_the_same_sentence(
        string parameter, string atLimit, string pastLimit, string messageKey)
    {
        var ok = await _client.GetAsync("/api/search?" + atLimit);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);

        var refused = await _client.GetAsync("/api/search?" + pastLimit);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        var message = errors.GetProperty(parameter)[0].GetString()!;
        Assert.Equal(French(messageKey, errors, parameter), message);

        var quiet = await PageTextAsync("/?" + atLimit);
        Assert.DoesNotContain(message, quiet);
        var page = await PageTextAsync("/?" + pastLimit);
        Assert.Contains(message, page);
    }

    [Theory]
    [InlineData("/api/initiatives?page=abc", "page")]
    [InlineData("/api/initiatives?pageSize=101", "pageSize")]
    [InlineData("/api/clusters?zoom=5", "bbox")]
    [InlineData("/api/clusters?bbox=4.2,43.1,6.9,44.4", "zoom")]
    [InlineData("/api/clusters?bbox=4.2,43.1,6.9,44.4&zoom=23", "zoom")]
    [InlineData("/api/suggest?q={too-long}", "q")]
    [InlineData("/api/search?sort=distance", "sort")]
    [InlineData("/api/search?radiusKm=5", "radiusKm")]
    [InlineData("/api/search?places=maybe", "places")]
    [InlineData("/api/clusters?bbox=4.2,43.1,6.9,44.4&zoom=5&places=maybe", "places")]
    public async Task Each_endpoint_names_the_parameter_it_refuses(string url, string parameter)
    {
        var response = await _client.GetAsync(url.Replace("{too-long}", new string('a', FilterLimits.MaxTextLength + 1), StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(parameter, out var messages), errors.ToString());
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
    }

    [Fact]
    public async Task The_openapi_document_lists_every_parameter_with_its_type_and_limits()
    {
        var doc = await _client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = doc.GetProperty("paths");

        var search = Parameters(paths, "/api/search");
        Assert.Equal(
            ["bbox", "department", "near", "network", "page", "pageSize", "places", "q", "radiusKm", "region", "sort", "status", "theme"],
            search.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(FilterLimits.MaxTextLength, search["q"].GetProperty("maxLength").GetInt32());
        Assert.Equal("integer", search["page"].GetProperty("type").GetString());
        Assert.Equal("1", search["page"].GetProperty("minimum").ToString());
        Assert.Equal("10000", search["page"].GetProperty("maximum").ToString());
        Assert.Equal("100", search["pageSize"].GetProperty("maximum").ToString());
        Assert.Equal("number", search["radiusKm"].GetProperty("type").GetString());
        Assert.Equal("1000", search["radiusKm"].GetProperty("maximum").ToString());
        Assert.Equal("array", search["theme"].GetProperty("type").GetString());
        Assert.Equal(FilterLimits.MaxValuesPerParameter, search["theme"].GetProperty("maxItems").GetInt32());
        Assert.Equal(["relevance", "distance", "name"], search["sort"].GetProperty("enum").EnumerateArray().Select(e => e.GetString()));

        var clusters = Parameters(paths, "/api/clusters");
        Assert.Equal(
            ["bbox", "department", "near", "network", "places", "q", "radiusKm", "region", "status", "theme", "zoom"],
            clusters.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("22", clusters["zoom"].GetProperty("maximum").ToString());

        Assert.Equal(["q"], Parameters(paths, "/api/suggest").Keys);
        Assert.Equal(
            ["department", "network", "page", "pageSize", "region", "status", "theme"],
            Parameters(paths, "/api/initiatives").Keys.Order(StringComparer.Ordinal));
    }

    private static Dictionary<string, JsonElement> Parameters(JsonElement paths, string path)
    {
        var operation = paths.EnumerateObject().Single(p => p.Name.TrimEnd('/') == path).Value.GetProperty("get");
        return operation.GetProperty("parameters").EnumerateArray()
            .Where(p => p.GetProperty("in").GetString() == "query")
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("schema"));
    }

    private async Task<string> PageTextAsync(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptLanguage.ParseAdd("fr");
        var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The page's sentence starts with the API's message; checking the key keeps the two tied to one resource.</summary>
    private static string French(string key, JsonElement errors, string parameter)
    {
        var message = errors.GetProperty(parameter)[0].GetString()!;
        var template = new System.Resources.ResourceManager(typeof(Bdis.Web.Resources.Ui)).GetString(key, System.Globalization.CultureInfo.GetCultureInfo("fr"))!;
        var brace = template.IndexOf('{', StringComparison.Ordinal);
        var fixedStart = brace >= 0 ? template[..brace] : template;
        Assert.StartsWith(fixedStart, message);
        return message;
    }
}
