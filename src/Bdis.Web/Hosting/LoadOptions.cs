namespace Bdis.Web.Hosting;

/// <summary>Configuration section "Bdis:Load": how a burst of visitors is queued before it is turned away.</summary>
public sealed class LoadOptions
{
    public const string SectionName = "Bdis:Load";

    /// <summary>Requests served at once; by default the request connection pool's size, so none waits inside the pool.</summary>
    public int? ConcurrentRequests { get; set; }

    /// <summary>
    /// Requests that wait for a slot, oldest first. At the site's throughput (about 1,000 pages a second on 2 cores) a
    /// full queue drains in well under a second: a brief wait, not a pile-up. Beyond it: 503 with Retry-After.
    /// </summary>
    public int QueueLimit { get; set; } = 500;

    /// <summary>Seconds a turned-away client is told to wait.</summary>
    public int RetryAfterSeconds { get; set; } = 2;

    /// <summary>Off only to measure the host without it (the load benchmark's baseline).</summary>
    public bool Enabled { get; set; } = true;
}
