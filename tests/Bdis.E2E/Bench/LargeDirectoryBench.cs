using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;
using Npgsql;

namespace Bdis.E2E.Bench;

/// <summary>
/// The site's targets measured on N generated records (BDIS_BENCH_RECORDS): first clusters drawn after navigation,
/// home transfer, and the initiative page's server time side by side with the JSON API for the same records (the
/// baseline: the same row read without rendering a page). Figures go to artifacts/bench-site.json; nothing asserts time.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class LargeDirectoryBench(LargeSiteHost site, BrowserHost browser) : IClassFixture<LargeSiteHost>
{
    [BenchFact]
    public async Task Site_figures_on_generated_records()
    {
        var draws = new List<double>();
        var profiles = new List<object>();
        long transfer = 0;
        for (var run = 0; run < 7; run++)
        {
            var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "fr-FR" });
            var page = await context.NewPageAsync();
            var responses = new List<IResponse>();
            page.Response += (_, r) => responses.Add(r);
            await page.GotoAsync(site.Url("/"));
            await page.WaitForFunctionAsync("() => document.querySelector('[data-bdis-map]').dataset.firstDrawMs", null,
                new PageWaitForFunctionOptions { Timeout = 60_000 });
            draws.Add(double.Parse((await page.Locator("[data-bdis-map]").GetAttributeAsync("data-first-draw-ms"))!, CultureInfo.InvariantCulture));
            // Where the time goes, from the browser's own timeline (ms since navigation start).
            profiles.Add(await page.EvaluateAsync<Dictionary<string, double>>(
                """
                () => {
                  const nav = performance.getEntriesByType('navigation')[0];
                  const res = performance.getEntriesByType('resource');
                  const find = part => res.find(r => r.name.includes(part));
                  const clusters = find('/api/clusters'), leaflet = find('leaflet.js');
                  return {
                    htmlResponseEnd: Math.round(nav.responseEnd),
                    domContentLoaded: Math.round(nav.domContentLoadedEventEnd),
                    leafletLoaded: Math.round(leaflet ? leaflet.responseEnd : -1),
                    clustersRequestStart: Math.round(clusters ? clusters.startTime : -1),
                    clustersResponseEnd: Math.round(clusters ? clusters.responseEnd : -1),
                    clustersServerMs: Math.round(clusters ? clusters.responseStart - clusters.requestStart : -1),
                  };
                }
                """));
            if (run == 0)
            {
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                foreach (var r in responses.Where(r => r.Url.StartsWith(site.Address.ToString(), StringComparison.Ordinal)))
                {
                    var sizes = await r.Request.SizesAsync();
                    transfer += sizes.ResponseBodySize + sizes.ResponseHeadersSize;
                }

                await Artifacts.ScreenshotAsync(page, "bench-home");
            }

            await context.CloseAsync();
        }

        var slugs = await RandomSlugsAsync(400);
        using var http = new HttpClient { BaseAddress = site.Address };
        var pages = await TimeAsync(http, slugs.Select(s => $"/initiatives/{s}"));
        var api = await TimeAsync(http, slugs.Select(s => $"/api/initiatives/{s}"));
        var home = await TimeAsync(http, Enumerable.Range(0, 100).Select(i => i % 2 == 0 ? "/" : $"/?region=93&page={(i % 5) + 1}"));

        await Artifacts.RecordAsync("bench-site", new
        {
            records = site.Records,
            generationSeconds = Math.Round(site.GenerationTime.TotalSeconds, 1),
            firstClustersDrawnMs = new { runs = draws, median = Percentile(draws, 50), min = draws.Min(), max = draws.Max(), profiles },
            homeTransferBytes = transfer,
            initiativePage = pages,
            baselineInitiativeApi = api,
            homePage = home,
        });
        Assert.Equal(7, draws.Count);
        Assert.True(transfer > 0);
    }

    private async Task<List<string>> RandomSlugsAsync(int count)
    {
        await using var connection = new NpgsqlConnection(site.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT slug FROM initiatives WHERE status = 2 ORDER BY random() LIMIT @n", connection);
        command.Parameters.AddWithValue("n", count);
        var slugs = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            slugs.Add(reader.GetString(0));
        }

        return slugs;
    }

    private static async Task<object> TimeAsync(HttpClient http, IEnumerable<string> paths)
    {
        var list = paths.ToList();
        foreach (var path in list.Take(20))
        {
            (await http.GetAsync(path)).EnsureSuccessStatusCode();
        }

        var times = new List<double>();
        foreach (var path in list)
        {
            var watch = Stopwatch.StartNew();
            using var response = await http.GetAsync(path);
            await response.Content.ReadAsByteArrayAsync();
            times.Add(watch.Elapsed.TotalMilliseconds);
            response.EnsureSuccessStatusCode();
        }

        return new { requests = times.Count, p50Ms = Percentile(times, 50), p95Ms = Percentile(times, 95), p99Ms = Percentile(times, 99) };
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        var index = (int)Math.Ceiling(p / 100 * sorted.Count) - 1;
        return Math.Round(sorted[Math.Clamp(index, 0, sorted.Count - 1)], 1);
    }
}
