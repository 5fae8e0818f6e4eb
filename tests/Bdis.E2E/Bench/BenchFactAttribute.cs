namespace Bdis.E2E.Bench;

/// <summary>A measurement on generated data: runs only when BDIS_BENCH_RECORDS is set (it takes minutes), says why otherwise.</summary>
public sealed class BenchFactAttribute : FactAttribute
{
    public const string Variable = "BDIS_BENCH_RECORDS";

    public BenchFactAttribute()
    {
        if (LargeSiteHost.RequestedRecords is null)
        {
            Skip = $"Benchmark: set {Variable}=100000 to generate that many records and measure the site on them.";
        }
    }
}
