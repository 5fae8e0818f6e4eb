namespace Bdis.Cli.Bench.Search;

/// <summary>Latency percentiles (nearest rank) and throughput of one measured series.</summary>
public sealed record LatencyStats(int Count, double P50Ms, double P95Ms, double P99Ms, double Qps, double MaxMs)
{
    public static LatencyStats Of(IReadOnlyList<double> millis)
    {
        if (millis.Count == 0)
        {
            return new LatencyStats(0, 0, 0, 0, 0, 0);
        }

        var sorted = millis.Order().ToArray();
        var total = sorted.Sum();
        return new LatencyStats(sorted.Length, Rank(sorted, 0.50), Rank(sorted, 0.95), Rank(sorted, 0.99),
            total > 0 ? sorted.Length / (total / 1000) : 0, sorted[^1]);
    }

    private static double Rank(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
