namespace Bdis.Import;

/// <summary>How the new records reach <c>initiatives</c>: index by index, or with the secondary indexes rebuilt once.</summary>
public enum IndexStrategy
{
    /// <summary>Rebuild when the new records are many relative to the table (see <c>Staging.BulkLoad.PaysOff</c>).</summary>
    Auto,

    /// <summary>Insert with every index in place: no lock beyond row locks, the right choice for small imports.</summary>
    Incremental,

    /// <summary>
    /// Drop the secondary indexes and foreign keys, insert, rebuild them, all inside the import's transaction. Takes an ACCESS EXCLUSIVE
    /// lock on <c>initiatives</c> from the drop to the commit: readers (the web site) wait for the import to finish.
    /// </summary>
    RebuildIndexes,
}
