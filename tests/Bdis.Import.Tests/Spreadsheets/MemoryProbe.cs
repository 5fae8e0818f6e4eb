namespace Bdis.Import.Tests.Spreadsheets;

/// <summary>
/// The most the managed heap held (measured after each garbage collection, so garbage not yet collected does not
/// count) while some work ran, above what it held before. Tests using it run alone (<see cref="MemoryCollection"/>).
/// </summary>
internal static class MemoryProbe
{
    public static async Task<long> PeakGrowthAsync(Func<Task> work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var baseline = GC.GetGCMemoryInfo().HeapSizeBytes;
        var peak = baseline;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetGCMemoryInfo().HeapSizeBytes);
                await Task.Delay(5, CancellationToken.None);
            }
        });
        try
        {
            await work();
        }
        finally
        {
            // One last collection: what the work still held at its end counts too.
            GC.Collect();
            await stop.CancelAsync();
            await sampler;
        }

        return Math.Max(peak, GC.GetGCMemoryInfo().HeapSizeBytes) - baseline;
    }
}

/// <summary>Memory measurements need the process to themselves: this collection runs without any other test beside it.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryCollection
{
    public const string Name = "memory";
}
