namespace Bdis.Search.Hosting;

/// <summary>Configuration section "Bdis:Search".</summary>
public sealed class SearchOptions
{
    public const string SectionName = "Bdis:Search";

    /// <summary>Index root folder; default "index" inside Bdis:DataDirectory. Each host (and each test) needs its own.</summary>
    public string? IndexDirectory { get; set; }

    /// <summary>How often the change log is polled, in milliseconds.</summary>
    public int PollIntervalMs { get; set; } = 500;

    /// <summary>
    /// Change-log rows older than this are deleted (0 keeps them forever). A replica stopped for longer rebuilds its
    /// index on start. One week: long enough for a node down over a weekend to catch up instead of rebuilding.
    /// </summary>
    public int ChangeLogRetentionHours { get; set; } = 168;

    /// <summary>How often the change log is pruned, in minutes.</summary>
    public int PruneIntervalMinutes { get; set; } = 60;
}
