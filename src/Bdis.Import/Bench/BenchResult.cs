namespace Bdis.Import.Bench;

/// <summary>Seconds and rows per second of the end-to-end import and of the raw COPY baseline, measured in the same run.</summary>
public sealed record BenchResult(long Rows, double ImportSeconds, double RawCopySeconds, Reports.ImportReport Report)
{
    public double ImportRowsPerSecond => Rows / ImportSeconds;

    public double RawCopyRowsPerSecond => Rows / RawCopySeconds;

    public double Ratio => ImportSeconds / RawCopySeconds;
}
