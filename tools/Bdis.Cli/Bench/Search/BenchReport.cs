using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bdis.Cli.Bench.Search;

/// <summary>The figures of one run; <see cref="ToJson"/> has the shape the issue specifies.</summary>
public sealed record BenchReport
{
    public required int Size { get; init; }
    public required LatencyStats Search { get; init; }
    public required LatencyStats Baseline { get; init; }
    public required LatencyStats Clusters { get; init; }
    public required long ClustersMaxBytes { get; init; }
    public required IReadOnlyList<(int Zoom, LatencyStats Stats, long MaxBytes)> ClustersByZoom { get; init; }
    public required LatencyStats Naive { get; init; }
    public required long NaiveMaxBytes { get; init; }
    public required LatencyStats Suggest { get; init; }
    public required double ReindexSeconds { get; init; }
    public required long IndexBytes { get; init; }
    public required long MemoryBytes { get; init; }
    public required long PeakMemoryBytes { get; init; }
    public double? LoadSeconds { get; init; }
    public double ReindexCpuSeconds { get; init; }
    public string LoadAverage { get; init; } = "n/a";
    public IReadOnlyList<(string Kind, LatencyStats Stats)> SearchByKind { get; init; } = [];
    public RebuildPhases? Rebuild { get; init; }

    /// <summary>False when the run queried an existing index (<c>--reuse-index</c>): no rebuild figures.</summary>
    public bool RebuildMeasured { get; init; } = true;

    /// <summary>A report of the rebuild alone (<c>--build-only</c>): no query was run.</summary>
    public static BenchReport BuildOnly(int size, RebuildPhases rebuild, double? loadSeconds)
    {
        var none = LatencyStats.Of([]);
        return new BenchReport
        {
            Size = size, Search = none, Baseline = none, Clusters = none, ClustersMaxBytes = 0, ClustersByZoom = [], Naive = none,
            NaiveMaxBytes = 0, Suggest = none, ReindexSeconds = rebuild.Seconds, IndexBytes = rebuild.IndexBytes, MemoryBytes = 0,
            PeakMemoryBytes = 0, LoadSeconds = loadSeconds, ReindexCpuSeconds = rebuild.CpuSeconds, Rebuild = rebuild,
            LoadAverage = $"{rebuild.LoadBefore} at the start, {rebuild.LoadAfter} at the end",
        };
    }

    public string ToJson() => JsonSerializer.Serialize(new
    {
        size = Size,
        search = Latency(Search),
        baselinePgFts = Latency(Baseline),
        clusters = Clusters.Count == 0 ? null : new { p95Ms = R(Clusters.P95Ms), maxBytes = ClustersMaxBytes },
        naiveViewport = Naive.Count == 0 ? null : new { p95Ms = R(Naive.P95Ms), maxBytes = NaiveMaxBytes },
        suggest = Suggest.Count == 0 ? null : new { p95Ms = R(Suggest.P95Ms) },
        reindex = new { seconds = RebuildMeasured ? R(ReindexSeconds) : (double?)null, indexBytes = IndexBytes },
        memoryBytes = MemoryBytes,
    }, new JsonSerializerOptions { DefaultIgnoreCondition = JsonIgnoreCondition.Never });

    public string ToMarkdown()
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(c, $"Search benchmark, {Size:N0} initiatives ({Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC)");
        sb.AppendLine();
        if (Search.Count > 0)
        {
            AppendTable(sb);
            sb.AppendLine();
            sb.AppendLine(Baseline.Count > 0
                ? string.Create(c, $"- Search p95 vs baseline p95: {(Search.P95Ms > 0 ? Baseline.P95Ms / Search.P95Ms : 0):0.0}× faster")
                : "- PostgreSQL baseline and naive viewport not run (--no-baseline)");
        }

        if (Rebuild is { } rebuild)
        {
            foreach (var line in rebuild.Lines())
            {
                sb.AppendLine(line);
            }
        }
        else if (!RebuildMeasured)
        {
            sb.AppendLine(c, $"- Index rebuild: not measured (existing index reused, --reuse-index), index size {IndexBytes / 1048576.0:0.0} MiB");
        }
        else
        {
            sb.AppendLine(c, $"- Index rebuild: {ReindexSeconds:0.0} s wall ({ReindexCpuSeconds:0.0} s CPU in this process; PostgreSQL's own CPU not included), index size {IndexBytes / 1048576.0:0.0} MiB");
        }

        sb.AppendLine(c, $"- Machine load (1-minute load average): {LoadAverage}");
        if (MemoryBytes > 0)
        {
            sb.AppendLine(c, $"- Process memory with the index open: {MemoryBytes / 1048576.0:0} MiB (peak during the run {PeakMemoryBytes / 1048576.0:0} MiB)");
        }

        if (LoadSeconds is { } load)
        {
            sb.AppendLine(c, $"- Data generation + COPY + baseline GIN index: {load:0.0} s");
        }

        return sb.ToString();
    }

    private void AppendTable(StringBuilder sb)
    {
        sb.AppendLine("| Measure | n | p50 ms | p95 ms | p99 ms | max ms | queries/s | max payload |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        Row(sb, "Search (Lucene, with facets)", Search, null);
        foreach (var (kind, stats) in SearchByKind)
        {
            Row(sb, $"  search, {kind}", stats, null);
        }

        Row(sb, "Baseline: PostgreSQL FTS (tsvector+unaccent+GIN)", Baseline, null);
        Row(sb, "Clusters (all zooms)", Clusters, ClustersMaxBytes);
        foreach (var (zoom, stats, bytes) in ClustersByZoom)
        {
            Row(sb, $"  clusters, zoom {zoom}", stats, bytes);
        }

        Row(sb, "Naive viewport (every point, PostGIS)", Naive, NaiveMaxBytes);
        Row(sb, "Suggest", Suggest, null);
    }

    private static void Row(StringBuilder sb, string name, LatencyStats s, long? bytes) =>
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"| {name} | {s.Count} | {s.P50Ms:0.00} | {s.P95Ms:0.00} | {s.P99Ms:0.00} | {s.MaxMs:0.00} | {s.Qps:0} | {(bytes is { } b ? $"{b / 1024.0:0.0} kB" : "")} |");

    /// <summary>Null when that part was not run (<c>--no-baseline</c>, <c>--build-only</c>): a zero would read as a measurement.</summary>
    private static object? Latency(LatencyStats s) =>
        s.Count == 0 ? null : new { p50Ms = R(s.P50Ms), p95Ms = R(s.P95Ms), p99Ms = R(s.P99Ms), qps = R(s.Qps) };

    private static double R(double value) => Math.Round(value, 3);
}
