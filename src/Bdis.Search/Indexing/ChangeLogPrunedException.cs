namespace Bdis.Search.Indexing;

/// <summary>
/// Changes this replica has not applied yet were pruned from the change log (it was stopped longer than the
/// retention period): the index can only be brought up to date by a rebuild.
/// </summary>
public sealed class ChangeLogPrunedException(ulong watermark, ulong prunedThrough)
    : Exception($"The index position (watermark {watermark}) does not cover every transaction up to the change-log horizon {prunedThrough}: changes may have been pruned before this replica applied them.");
