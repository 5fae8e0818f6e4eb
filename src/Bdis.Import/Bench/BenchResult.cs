namespace Bdis.Import.Bench;

/// <summary>Seconds and rows per second of the end-to-end import and of the raw COPY baselines, measured in the same run.</summary>
public sealed record BenchResult(long Rows, double ImportSeconds, double RawCopySeconds, double RawCopyRebuildSeconds, Reports.ImportReport Report)
{
    public double ImportRowsPerSecond => Rows / ImportSeconds;

    public double RawCopyRowsPerSecond => Rows / RawCopySeconds;

    public double RawCopyRebuildRowsPerSecond => Rows / RawCopyRebuildSeconds;

    public double Ratio => ImportSeconds / RawCopySeconds;
}
