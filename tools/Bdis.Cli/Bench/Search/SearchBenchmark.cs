using System.Diagnostics;
using Bdis.Core.Reference;
using Bdis.Data;
using Bdis.Search.Contracts;
using Bdis.Search.Indexing;
using Bdis.Search.Querying;
using Microsoft.Extensions.Logging;

namespace Bdis.Cli.Bench.Search;

/// <summary>
/// One benchmark run: load N synthetic initiatives (or reuse them), rebuild the index, then run the same query mix
/// against the index and against the PostgreSQL baseline, sequentially on one thread, after a warm-up pass.
/// </summary>
public sealed class SearchBenchmark(Referentials referentials, ILogger logger)
{
    public sealed record Options(int Size, int Queries, string DatabaseName, bool Reload, string IndexRoot, bool BuildOnly = false);

    /// <summary>The names of the ten query kinds of <see cref="BenchQueries.SearchMix"/>, by position modulo 10.</summary>
    private static readonly string[] MixKinds =
    [
        "keywords", "keywords", "keyword + region", "keyword + department", "keyword + top theme", "theme + department, no text",
        "keyword in a city viewport", "nearest within 10 km", "keyword within 25 km by distance", "keyword + city name",
    ];

    public async Task<BenchReport> RunAsync(string productConnectionString, Options options, CancellationToken ct)
    {
        var database = await BenchDatabase.OpenAsync(productConnectionString, options.DatabaseName, logger, ct);
        var loadSeconds = await database.EnsureLoadedAsync(options.Size, referentials, DataFolder.Locate(), options.Reload, ct);
        await using var dataSource = BdisDbContextOptions.CreateDataSource(database.ConnectionString);

        var location = new IndexLocation(options.IndexRoot);
        var builder = new IndexBuilder(dataSource, new InitiativeDocuments(referentials), logger);
        var previous = location.ReadCurrent();
        var loadBefore = LoadAverage();
        var read = await RebuildPhases.ReadAloneAsync(dataSource, ct);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var built = await builder.BuildAsync(location, publish: true, ct);
        var buildCpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        location.DeleteGenerationsOlderThan(built.Generation);
        if (previous is not null)
        {
            location.Delete(previous);
        }

        var indexBytes = Directory.EnumerateFiles(location.PathOf(built.Generation)).Sum(f => new FileInfo(f).Length);
        var rebuild = new RebuildPhases(built.Elapsed.TotalSeconds, buildCpu.TotalSeconds, read.Seconds, read.CpuSeconds, read.Rows,
            built.Indexed.TotalSeconds, indexBytes, loadBefore, LoadAverage());
        if (options.BuildOnly)
        {
            return BenchReport.BuildOnly(options.Size, rebuild, loadSeconds);
        }

        using var manager = new IndexManager(location);
        manager.Swap(IndexGeneration.Open(location, built.Generation, create: false));
        var synonyms = SynonymSet.Load(DataFolder.Locate());
        IInitiativeSearch search = new LuceneInitiativeSearch(manager, new TextQueryBuilder(synonyms), new FilterQueryBuilder(referentials), new Suggester(referentials));
        var baseline = new PgFtsBaseline(dataSource, referentials);

        var mix = BenchQueries.SearchMix(referentials, options.Queries);
        var prefixes = BenchQueries.SuggestMix(options.Queries);
        var viewports = BenchQueries.Viewports(Math.Max(4, options.Queries / 10));
        var naiveViewports = BenchQueries.Viewports(Math.Max(2, options.Queries / 100));

        // A host serves for hours: measure steady state, after the JIT has optimised the hot paths (tiered
        // compilation needs some hundreds of calls) and both engines have their caches warm.
        logger.LogWarning("Warming up");
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var q in mix)
            {
                search.Search(q);
            }

            foreach (var p in prefixes)
            {
                search.Suggest(p);
            }

            foreach (var (zoom, box) in viewports)
            {
                search.Clusters(new ClusterQuery { Bbox = box, Zoom = zoom });
            }
        }

        foreach (var q in mix)
        {
            baseline.Search(q);
        }

        logger.LogWarning("Measuring search");
        var ours = Measure(mix, q => search.Search(q));
        logger.LogWarning("Measuring the PostgreSQL baseline");
        var theirs = Measure(mix, q => baseline.Search(q));
        logger.LogWarning("Measuring suggest and clusters");
        var suggest = Measure(prefixes, p => search.Suggest(p));

        var clusterBytes = new List<(int Zoom, double Ms, long Bytes)>();
        foreach (var (zoom, box) in viewports)
        {
            var clock = Stopwatch.StartNew();
            var result = search.Clusters(new ClusterQuery { Bbox = box, Zoom = zoom });
            var bytes = ClusterPayload(result);
            clusterBytes.Add((zoom, clock.Elapsed.TotalMilliseconds, bytes));
        }

        // Memory with the index open and warm, before the naive phase (whose row streams are not the engine's).
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var memory = process.WorkingSet64;

        logger.LogWarning("Measuring the naive viewport");
        var naive = new List<(double Ms, long Bytes)>();
        foreach (var (_, box) in naiveViewports)
        {
            var clock = Stopwatch.StartNew();
            var bytes = baseline.Viewport(box);
            naive.Add((clock.Elapsed.TotalMilliseconds, bytes));
        }

        process.Refresh();
        return new BenchReport
        {
            Size = options.Size,
            Search = LatencyStats.Of(ours),
            SearchByKind = ours.Select((ms, i) => (Kind: MixKinds[i % 10], Ms: ms)).GroupBy(x => x.Kind)
                .Select(g => (g.Key, LatencyStats.Of(g.Select(x => x.Ms).ToList()))).ToList(),
            Baseline = LatencyStats.Of(theirs),
            Clusters = LatencyStats.Of(clusterBytes.Select(c => c.Ms).ToList()),
            ClustersMaxBytes = clusterBytes.Max(c => c.Bytes),
            ClustersByZoom = clusterBytes.GroupBy(c => c.Zoom)
                .Select(g => (g.Key, LatencyStats.Of(g.Select(c => c.Ms).ToList()), g.Max(c => c.Bytes))).ToList(),
            Naive = LatencyStats.Of(naive.Select(n => n.Ms).ToList()),
            NaiveMaxBytes = naive.Max(n => n.Bytes),
            Suggest = LatencyStats.Of(suggest),
            ReindexSeconds = built.Elapsed.TotalSeconds,
            IndexBytes = indexBytes,
            MemoryBytes = memory,
            PeakMemoryBytes = process.PeakWorkingSet64,
            LoadSeconds = loadSeconds,
            ReindexCpuSeconds = buildCpu.TotalSeconds,
            Rebuild = rebuild,
            LoadAverage = $"{loadBefore} at the start, {LoadAverage()} at the end",
        };
    }

    /// <summary>The 1-minute load average (Linux): how busy the shared machine was.</summary>
    internal static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    private static List<double> Measure<T>(IReadOnlyList<T> items, Action<T> run)
    {
        var times = new List<double>(items.Count);
        foreach (var item in items)
        {
            var clock = Stopwatch.StartNew();
            run(item);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        return times;
    }

    /// <summary>The clusters serialized as the API sends them (GeoJSON), in bytes.</summary>
    private static long ClusterPayload(ClusterResult result) => GeoJsonSize.Write(writer =>
    {
        foreach (var f in result.Features)
        {
            GeoJsonSize.Point(writer, f.Position.Lon, f.Position.Lat, w =>
            {
                w.WriteNumber("count", f.Count);
                if (f.Extent is { } e)
                {
                    w.WriteStartArray("bbox");
                    w.WriteNumberValue(Math.Round(e.MinLon, 6));
                    w.WriteNumberValue(Math.Round(e.MinLat, 6));
                    w.WriteNumberValue(Math.Round(e.MaxLon, 6));
                    w.WriteNumberValue(Math.Round(e.MaxLat, 6));
                    w.WriteEndArray();
                }

                if (f.Id is { } id)
                {
                    w.WriteString("id", id);
                    w.WriteString("slug", f.Slug);
                    w.WriteString("name", f.Name);
                    w.WriteStartArray("themes");
                    foreach (var t in f.Themes)
                    {
                        w.WriteStringValue(t);
                    }

                    w.WriteEndArray();
                    w.WriteString("commune", f.Commune);
                }
            });
        }
    });
}
