namespace Bdis.E2E;

/// <summary>Page URLs are typed, truncated and forged by people and robots: never a 500, never a stack trace.</summary>
[Collection(SiteCollection.Name)]
public sealed class HostilePageUrlTests(SiteHost site)
{
    public static TheoryData<string> Urls => new()
    {
        "/?q=%22%29%28AND%20*%3A%5C",
        "/?q=" + new string('é', 10_000),
        "/?q=%F0%9F%98%80%F0%9F%8C%8D",
        "/?region=%3Cscript%3Ealert(1)%3C%2Fscript%3E&theme=..%2F..%2Fetc%2Fpasswd",
        "/?bbox=1,2,3&near=abc&radiusKm=-5&sort=drop%20table&page=-1",
        "/?bbox=-180,-90,180,90&near=0,0&radiusKm=1e308&page=9999999999999",
        "/?commune=00000&department=999",
        "/?commune=%00%01%02",
        "/regions/%2e%2e",
        "/departements/" + new string('9', 500),
        "/themes/%3Cscript%3E",
        "/initiatives/" + new string('a', 3000),
        "/initiatives/%C3%A9t%C3%A9",
        "/embed?region=93&accent=%22%3E%3Cscript%3E&q=" + new string('x', 5000),
        "/embed/builder?region=xx&theme=%00&network=%3C&accent=zzz",
        "/langue?lang=xx&retour=https%3A%2F%2Fevil.example",
        "/langue?lang=en&retour=%2F%2Fevil.example",
    };

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task Answers_a_readable_page_never_a_server_error(string path)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = site.Address };

        using var response = await http.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True((int)response.StatusCode < 500, $"{path} → {(int)response.StatusCode}");
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", body, StringComparison.Ordinal);
        if (response.Headers.Location is { } location)
        {
            Assert.False(location.IsAbsoluteUri && location.Host != site.Address.Host, $"{path} redirects off-site to {location}");
        }
    }
}
