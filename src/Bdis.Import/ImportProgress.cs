namespace Bdis.Import;

/// <summary>Rows read so far and the elapsed time, for a progress line on an interactive terminal.</summary>
public readonly record struct ImportProgress(long RowsRead, TimeSpan Elapsed, string Stage)
{
    public double RowsPerSecond => Elapsed.TotalSeconds > 0 ? RowsRead / Elapsed.TotalSeconds : 0;
}
