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
    /// <param name="ReuseIndex">Query the current index generation as it is (no rebuild, which is then reported as not
    /// measured): for iterating on the query phase. A full rebuild still happens when there is no usable index.</param>
    /// <param name="SkipBaseline">Leave out the PostgreSQL baseline and the naive viewport (reported as not run): the
    /// slow part of a run, not needed while iterating on our own query phase.</param>
    public sealed record Options(int Size, int Queries, string DatabaseName, bool Reload, string IndexRoot, bool BuildOnly = false,
        bool ReuseIndex = false, bool SkipBaseline = false);

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
        // Freshly loaded data (loadSeconds set) needs a new index.
        var reused = options.ReuseIndex && !options.BuildOnly && loadSeconds is null ? ReusableGeneration(location) : null;
        string generation;
        RebuildPhases? rebuild = null;
        if (reused is not null)
        {
            logger.LogWarning("Reusing index generation {Generation}: the rebuild is not measured", reused);
            generation = reused;
        }
        else
        {
            (generation, rebuild) = await RebuildAsync(dataSource, location, ct);
            if (options.BuildOnly)
            {
                return BenchReport.BuildOnly(options.Size, rebuild, loadSeconds);
            }
        }

        using var manager = new IndexManager(location);
        manager.Swap(IndexGeneration.Open(location, generation, create: false));
        var loadAtQueries = LoadAverage();
        var synonyms = SynonymSet.Load(DataFolder.Locate());
        IInitiativeSearch search = new LuceneInitiativeSearch(manager, new TextQueryBuilder(synonyms), new FilterQueryBuilder(referentials), new Suggester(referentials),
            new QueryInterpreter(new PlaceWords(referentials), referentials));
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

        if (!options.SkipBaseline)
        {
            foreach (var q in mix)
            {
                baseline.Search(q);
            }
        }

        logger.LogWarning("Measuring search");
        var ours = Measure(mix, q => search.Search(q));
        if (!options.SkipBaseline)
        {
            logger.LogWarning("Measuring the PostgreSQL baseline");
        }

        var theirs = options.SkipBaseline ? [] : Measure(mix, q => baseline.Search(q));
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
        foreach (var (_, box) in options.SkipBaseline ? [] : naiveViewports)
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
            NaiveMaxBytes = naive.Count == 0 ? 0 : naive.Max(n => n.Bytes),
            Suggest = LatencyStats.Of(suggest),
            ReindexSeconds = rebuild?.Seconds ?? 0,
            IndexBytes = rebuild?.IndexBytes ?? IndexBytesOf(location, generation),
            MemoryBytes = memory,
            PeakMemoryBytes = process.PeakWorkingSet64,
            LoadSeconds = loadSeconds,
            ReindexCpuSeconds = rebuild?.CpuSeconds ?? 0,
            Rebuild = rebuild,
            RebuildMeasured = rebuild is not null,
            LoadAverage = $"{rebuild?.LoadBefore ?? loadAtQueries} at the start, {LoadAverage()} at the end",
        };
    }

    /// <summary>A full build of a new generation, published as current; the older generations are deleted.</summary>
    private async Task<(string Generation, RebuildPhases Phases)> RebuildAsync(Npgsql.NpgsqlDataSource dataSource, IndexLocation location, CancellationToken ct)
    {
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

        var indexBytes = IndexBytesOf(location, built.Generation);
        return (built.Generation, new RebuildPhases(built.Elapsed.TotalSeconds, buildCpu.TotalSeconds, read.Seconds, read.CpuSeconds, read.Rows,
            built.Indexed.TotalSeconds, indexBytes, loadBefore, LoadAverage()));
    }

    /// <summary>The current generation when it exists and has this code's document layout, else null.</summary>
    private static string? ReusableGeneration(IndexLocation location)
    {
        if (location.ReadCurrent() is not { } current)
        {
            return null;
        }

        using var opened = IndexGeneration.Open(location, current, create: false);
        return opened.HasCurrentSchema && opened.Writer.NumDocs > 0 ? current : null;
    }

    private static long IndexBytesOf(IndexLocation location, string generation) =>
        Directory.EnumerateFiles(location.PathOf(generation)).Sum(f => new FileInfo(f).Length);

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
