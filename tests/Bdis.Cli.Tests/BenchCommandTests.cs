using System.Text.Json;
using Bdis.Testing;
using Npgsql;

namespace Bdis.Cli.Tests;

/// <summary>
/// `bdis bench search` at its smallest size on the test cluster: it runs end to end and prints the JSON shape issue 4
/// specifies, with figures that were really measured (`bench import` is tested with the importer).
/// </summary>
public sealed class BenchCommandTests(PostgisFixture db) : IClassFixture<PostgisFixture>, IDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"bdis-bench-cli-{Guid.NewGuid():N}");

    [Fact]
    public async Task Bench_search_prints_every_figure_of_the_issue_and_a_reuse_run_reports_what_it_skipped_as_null()
    {
        var database = $"bdis_bench_cli_{Guid.NewGuid():N}"[..30];
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:Bdis"] = db.ConnectionString, ["Bdis:DataDirectory"] = _dataDirectory };
        try
        {
            var (exit, output, error) = await CliRunner.RunWithAsync(settings, "bench", "search", "--size", "1000", "--queries", "50", "--database", database, "--json");
            Assert.True(exit == 0, error);
            var json = JsonDocument.Parse(output).RootElement;
            Assert.Equal(1000, json.GetProperty("size").GetInt32());
            foreach (var part in new[] { "search", "baselinePgFts" })
            {
                foreach (var figure in new[] { "p50Ms", "p95Ms", "p99Ms", "qps" })
                {
                    Assert.True(json.GetProperty(part).GetProperty(figure).GetDouble() > 0, $"{part}.{figure}");
                }
            }

            Assert.True(json.GetProperty("clusters").GetProperty("p95Ms").GetDouble() > 0);
            Assert.True(json.GetProperty("clusters").GetProperty("maxBytes").GetInt64() > 0);
            Assert.True(json.GetProperty("naiveViewport").GetProperty("p95Ms").GetDouble() > 0);
            Assert.True(json.GetProperty("naiveViewport").GetProperty("maxBytes").GetInt64() > 0);
            Assert.True(json.GetProperty("suggest").GetProperty("p95Ms").GetDouble() > 0);
            Assert.True(json.GetProperty("reindex").GetProperty("seconds").GetDouble() > 0);
            Assert.True(json.GetProperty("reindex").GetProperty("indexBytes").GetInt64() > 0);
            Assert.True(json.GetProperty("memoryBytes").GetInt64() > 0);

            var reuse = await CliRunner.RunWithAsync(settings, "bench", "search", "--size", "1000", "--queries", "50", "--database", database,
                "--reuse-index", "--no-baseline", "--json");
            Assert.True(reuse.Exit == 0, reuse.Err);
            var quick = JsonDocument.Parse(reuse.Out).RootElement;
            Assert.True(quick.GetProperty("search").GetProperty("p95Ms").GetDouble() > 0);
            Assert.Equal(JsonValueKind.Null, quick.GetProperty("baselinePgFts").ValueKind);
            Assert.Equal(JsonValueKind.Null, quick.GetProperty("naiveViewport").ValueKind);
            Assert.Equal(JsonValueKind.Null, quick.GetProperty("reindex").GetProperty("seconds").ValueKind);
        }
        finally
        {
            await DropAsync(database);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    private async Task DropAsync(string database)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(db.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
