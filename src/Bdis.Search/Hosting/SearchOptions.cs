namespace Bdis.Search.Hosting;

/// <summary>Configuration section "Bdis:Search".</summary>
public sealed class SearchOptions
{
    public const string SectionName = "Bdis:Search";

    /// <summary>Index root folder; default "index" inside Bdis:DataDirectory. Each host (and each test) needs its own.</summary>
    public string? IndexDirectory { get; set; }

    /// <summary>How often the change log is polled, in milliseconds.</summary>
    public int PollIntervalMs { get; set; } = 500;
}
