namespace Bdis.Data.Embedded;

/// <summary>
/// Server settings of the product's embedded cluster, chosen for a directory that is mostly read and occasionally
/// bulk-loaded (a network's import of up to a million rows in one transaction) on a small machine (2 cores, a few GB).
/// A server named by a connection string keeps its own configuration.
/// </summary>
public static class EmbeddedServerSettings
{
    public static IReadOnlyDictionary<string, string> Product { get; } = new Dictionary<string, string>
    {
        // 128 MB by default: a million-row table with its indexes (~1 GB) is then read from the OS cache page by page.
        ["shared_buffers"] = "512MB",
        ["wal_buffers"] = "16MB",
        // A 1,000,000-row import writes 2-3 GB of WAL; with the default 1 GB the server checkpoints several times
        // during it, and every page touched after a checkpoint is written to the WAL again in full.
        ["max_wal_size"] = "4GB",
        ["checkpoint_timeout"] = "15min",
        // Index rebuilds of the import's bulk path and VACUUM sort in memory instead of temporary files.
        ["maintenance_work_mem"] = "256MB",
        // The import's staging table (~350 bytes a row) stays in the session's memory instead of going through the OS.
        ["temp_buffers"] = "256MB",
    };
}
