using System.Net;
using Npgsql;

namespace Bdis.Web.Tests;

/// <summary>A real failure (a table gone from under the host): a page answers an HTML error page in the visitor's
/// language, the API a problem details document; neither shows a stack trace.</summary>
public sealed class ErrorPageTests(BdisApiFactory factory) : IClassFixture<BdisApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient(new() { HandleCookies = false });

    [Fact]
    public async Task A_failing_page_is_an_html_error_page_in_the_visitors_language_and_a_failing_api_call_is_problem_details()
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/")).StatusCode);

        await RenameAsync("networks", "networks_away");
        try
        {
            foreach (var (language, title) in new[] { ("fr", "Une erreur est survenue"), ("en", "Something went wrong") })
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, "/");
                request.Headers.AcceptLanguage.ParseAdd(language);
                using var response = await _client.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();

                Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
                Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
                Assert.Contains($"<html lang=\"{language}\"", body);
                Assert.Contains(title, WebUtility.HtmlDecode(body));
                Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
            }
        }
        finally
        {
            await RenameAsync("networks_away", "networks");
        }

        await RenameAsync("initiatives", "initiatives_away");
        try
        {
            using var response = await _client.GetAsync("/api/initiatives");
            var body = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        }
        finally
        {
            await RenameAsync("initiatives_away", "initiatives");
        }

        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/")).StatusCode);
    }

    private async Task RenameAsync(string from, string to)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"ALTER TABLE {from} RENAME TO {to}", connection);
        await command.ExecuteNonQueryAsync();
    }
}
