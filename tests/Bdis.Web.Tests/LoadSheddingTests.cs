using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Bdis.Web.Tests;

/// <summary>One request at a time and no queue, so that a second request meets a full site.</summary>
public sealed class OneSlotHostFactory : BdisApiFactory
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Bdis:Load:ConcurrentRequests"] = "1",
        ["Bdis:Load:QueueLimit"] = "0",
        ["Bdis:Load:RetryAfterSeconds"] = "3",
    };
}

public sealed class LoadSheddingTests(OneSlotHostFactory factory) : IClassFixture<OneSlotHostFactory>
{
    private const string Slug = "amap-lou-paisan";

    [Fact]
    public async Task When_every_slot_is_taken_the_api_answers_503_problem_details_and_pages_a_light_page_in_the_visitors_language()
    {
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/initiatives/{Slug}")).StatusCode);

        // The one slot is held by a request that waits on a table lock taken here.
        await using var locker = new NpgsqlConnection(factory.ConnectionString);
        await locker.OpenAsync();
        await using var transaction = await locker.BeginTransactionAsync();
        await using (var take = new NpgsqlCommand("LOCK TABLE initiatives IN ACCESS EXCLUSIVE MODE", locker, transaction))
        {
            await take.ExecuteNonQueryAsync();
        }

        var held = client.GetAsync($"/api/initiatives/{Slug}");
        await WaitUntilARequestWaitsOnTheLockAsync(locker.ProcessID);

        var api = await client.GetAsync($"/api/initiatives/{Slug}");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Equal("3", api.Headers.GetValues("Retry-After").Single());
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        var problem = await api.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
        Assert.Equal("Trop de visites", problem.GetProperty("title").GetString());

        using var english = new HttpRequestMessage(HttpMethod.Get, $"/initiatives/{Slug}") { Headers = { { "Accept-Language", "en" } } };
        var page = await client.SendAsync(english);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("Too many visitors", html, StringComparison.Ordinal);

        // Static files touch neither the database nor the index: never turned away.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/css/site.css")).StatusCode);

        await transaction.RollbackAsync();
        Assert.Equal(HttpStatusCode.OK, (await held).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/initiatives/{Slug}")).StatusCode);
    }

    private async Task WaitUntilARequestWaitsOnTheLockAsync(int lockHolder)
    {
        await using var watcher = new NpgsqlConnection(factory.ConnectionString);
        await watcher.OpenAsync();
        await using var query = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND $1 = ANY(pg_blocking_pids(pid))", watcher)
        {
            Parameters = { new() { Value = lockHolder } },
        };
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while ((long)(await query.ExecuteScalarAsync(deadline.Token))! == 0)
        {
            await Task.Delay(20, deadline.Token);
        }
    }
}
