using Bdis.Import.Reports;

namespace Bdis.Import.Staging;

/// <summary>
/// The fast path of a network's first large import: the table is locked and its secondary indexes dropped before the
/// file is read, and the rows <see cref="DirectRoute"/> proves safe are copied straight into <c>initiatives</c> while
/// reading goes on. The few others go through the staging table and the exact merge afterwards, which sees the
/// directly loaded rows. This saves the staging table's second copy of every row (an INSERT … SELECT of the whole
/// file). Everything stays in the import's one transaction.
/// </summary>
public sealed class DirectLoad : IDisposable
{
    private DirectLoad(DirectRoute route, BulkLoad bulk)
    {
        Route = route;
        Bulk = bulk;
    }

    public DirectRoute Route { get; }

    public BulkLoad Bulk { get; }

    public SpillFile Spill { get; } = new();

    /// <summary>
    /// Takes the direct path when a rebuild of the indexes would pay off (<see cref="BulkLoad.PaysOff"/>, judged on the
    /// file's estimated size), the network has no record yet (nothing to match or update) and the table can be locked
    /// at once; then reads what the route needs and drops the indexes. Null otherwise: the staging path as usual, and
    /// without its own bulk step when the table was found busy (<paramref name="tableBusy"/>).
    /// </summary>
    public static async Task<DirectLoad?> TryBeginAsync(Merger merger, ImportOptions options, long? estimatedRows, ImportReport report,
        Action tableBusy, CancellationToken ct)
    {
        var large = options.Indexes == IndexStrategy.RebuildIndexes
            || (options.Indexes == IndexStrategy.Auto && estimatedRows >= BulkLoad.MinimumRows);
        if (options.DryRun || !large || await merger.NetworkHasRecordsAsync(ct))
        {
            return null;
        }

        if (options.Indexes == IndexStrategy.Auto
            && !BulkLoad.PaysOff(estimatedRows!.Value, await merger.CountExistingUpToAsync(estimatedRows.Value * 4, ct)))
        {
            return null;
        }

        var bulk = new BulkLoad();
        if (!await bulk.TryLockAsync(merger.Connection, merger.Transaction, ct))
        {
            report.Timed("lock initiatives: busy, incremental path instead", BulkLoad.LockTimeout);
            tableBusy();
            return null;
        }

        // A record of the network written (from the web site, say) between the first look and the lock.
        if (await merger.NetworkHasRecordsAsync(ct))
        {
            return null;
        }

        var route = await DirectRoute.LoadAsync(merger.Connection, merger.Transaction, ct);
        await bulk.PrepareAsync(merger.Connection, merger.Transaction, ct);
        return new DirectLoad(route, bulk);
    }

    public void Dispose() => Spill.Dispose();
}
