using System.Net;
using System.Text.Json;

namespace Bdis.Search.Tests;

/// <summary>Every parameter of every search endpoint, fed hostile values: a readable 400 or a normal answer, never a 500.</summary>
public sealed class HostileInputTests(SearchApiFactory factory) : IClassFixture<SearchApiFactory>
{
    private static readonly string[] HostileText =
    [
        "\"", "\"unclosed", "(", ")", "((a))", "AND", "OR NOT AND", "*", "?", "ress*", ":", "name:x", "\\", "\\\\", "~", "a~2", "^", "[a TO z]",
        "{}", "/regex/", "🚲🌱", "👩‍👩‍👧‍👦 épicerie", "<script>alert(1)</script>", "' OR 1=1 --", "\u0000", "\u202Eevil", "e\u0301picerie",
        "-", "+", "&&", "||", "!", new string('a', 10_000), string.Concat(Enumerable.Repeat("ressourcerie ", 900)), "%", "%FF", "NaN",
    ];

    private static readonly string[] HostileCodes = ["", " ", "'", "*", "../../etc/passwd", "🚲", new string('9', 5000), "%00", "1;DROP TABLE x", "\\", "ZZ"];

    private static readonly string[] HostileNumbers = ["abc", "-1", "0", "1e309", "NaN", "Infinity", "-Infinity", "1,2", "2147483648", "99999999999999999999", "0x10", " ", "🚲"];

    private static readonly string[] HostileBoxes =
        ["1,2,3", "1,2,3,4,5", "a,b,c,d", "NaN,0,1,1", "0,0,1,Infinity", "-181,0,0,1", "0,-91,1,1", "0,1,1,0", ",,,", "1e400,0,1,1", new string(',', 10_000), "🚲,1,2,3"];

    private static readonly string[] HostilePoints = ["1", "1,2,3", "a,b", "181,0", "0,91", "NaN,NaN", ",", "1e999,0", "🚲,🚲"];

    public static TheoryData<string> Urls()
    {
        var urls = new TheoryData<string>();
        foreach (var endpoint in new[] { "/api/search?", "/api/suggest?", "/api/clusters?bbox=-5,41,10,51&zoom=6&" })
        {
            foreach (var text in HostileText)
            {
                urls.Add(endpoint + "q=" + Uri.EscapeDataString(text));
            }
        }

        foreach (var endpoint in new[] { "/api/search?q=amap&", "/api/clusters?bbox=-5,41,10,51&zoom=6&" })
        {
            foreach (var name in new[] { "region", "department", "theme", "network", "status" })
            {
                foreach (var value in HostileCodes)
                {
                    urls.Add($"{endpoint}{name}={Uri.EscapeDataString(value)}");
                }

                urls.Add(endpoint + string.Join('&', Enumerable.Range(0, 60).Select(i => $"{name}=x{i}")));
            }

            foreach (var value in HostilePoints)
            {
                urls.Add($"{endpoint}near={Uri.EscapeDataString(value)}&radiusKm=5");
            }

            foreach (var value in HostileNumbers)
            {
                urls.Add($"{endpoint}near=5.37,43.29&radiusKm={Uri.EscapeDataString(value)}");
            }
        }

        foreach (var value in HostileBoxes)
        {
            urls.Add("/api/search?bbox=" + Uri.EscapeDataString(value));
            urls.Add("/api/clusters?zoom=5&bbox=" + Uri.EscapeDataString(value));
        }

        foreach (var value in HostileNumbers)
        {
            urls.Add("/api/search?q=amap&page=" + Uri.EscapeDataString(value));
            urls.Add("/api/search?q=amap&pageSize=" + Uri.EscapeDataString(value));
            urls.Add("/api/clusters?bbox=-5,41,10,51&zoom=" + Uri.EscapeDataString(value));
        }

        foreach (var value in new[] { "", "random", "DISTANCE;", "🚲", "distance" })
        {
            urls.Add("/api/search?q=amap&sort=" + Uri.EscapeDataString(value));
        }

        urls.Add("/api/search?q=a&q=b");
        urls.Add("/api/search?bbox=1,1,2,2&bbox=3,3,4,4");
        urls.Add("/api/clusters?zoom=5");
        urls.Add("/api/clusters?bbox=-5,41,10,51");
        urls.Add("/api/search?radiusKm=5");
        urls.Add("/api/search?near=5.37,43.29&radiusKm=20001");
        return urls;
    }

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task Hostile_parameter_gets_a_readable_answer_never_a_server_error(string url)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{(int)response.StatusCode} for {Shorten(url)}: {Shorten(body)}");
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(body);
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.True(json.RootElement.GetProperty("errors").EnumerateObject().Any(), body);
        }
    }

    [Theory]
    [InlineData("/api/search?q=amap&region=ZZ", "region")]
    [InlineData("/api/search?q=amap&department=999", "department")]
    [InlineData("/api/search?q=amap&theme=nope", "theme")]
    [InlineData("/api/search?q=amap&network=%2A", "network")]
    [InlineData("/api/search?q=amap&status=sarl", "status")]
    [InlineData("/api/search?bbox=0,1,1,0", "bbox")]
    [InlineData("/api/search?near=181,0", "near")]
    [InlineData("/api/search?radiusKm=5", "radiusKm")]
    [InlineData("/api/search?near=5.37,43.29&radiusKm=-1", "radiusKm")]
    [InlineData("/api/search?sort=distance", "sort")]
    [InlineData("/api/search?sort=random", "sort")]
    [InlineData("/api/search?page=0", "page")]
    [InlineData("/api/search?pageSize=abc", "pageSize")]
    [InlineData("/api/clusters?bbox=-5,41,10,51", "zoom")]
    [InlineData("/api/clusters?bbox=-5,41,10,51&zoom=23", "zoom")]
    [InlineData("/api/clusters?zoom=5", "bbox")]
    [InlineData("/api/search?page=10001", "page")]
    [InlineData("/api/search?pageSize=101", "pageSize")]
    public async Task Malformed_parameter_is_a_400_naming_it(string url, string parameter)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(body);
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(parameter, out _), body);
    }

    [Fact]
    public async Task Page_size_is_accepted_up_to_its_limit_and_deep_pages_are_empty_not_errors()
    {
        using var client = factory.CreateClient();
        var capped = JsonDocument.Parse(await client.GetStringAsync("/api/search?pageSize=100")).RootElement;
        Assert.Equal(100, capped.GetProperty("pageSize").GetInt32());
        Assert.InRange(capped.GetProperty("items").GetArrayLength(), 1, 100);
        var deep = JsonDocument.Parse(await client.GetStringAsync("/api/search?page=10000&pageSize=100")).RootElement;
        Assert.Equal(0, deep.GetProperty("items").GetArrayLength());
        Assert.True(deep.GetProperty("total").GetInt64() > 0);
    }

    [Fact]
    public async Task Query_syntax_is_searched_as_words()
    {
        using var client = factory.CreateClient();
        // Every word is required (list and map agree), so the operators are left out: "and" and "or" are no words of the index.
        var json = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("ressourcerie\" +(calais*) -~ :"))).RootElement;
        Assert.Contains(json.GetProperty("items").EnumerateArray(), i => i.GetProperty("name").GetString() == "Ressourcerie du Calaisis");
    }

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
