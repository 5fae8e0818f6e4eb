namespace Bdis.Web.Hosting;

/// <summary>Configuration section "Bdis:Load": how a burst of visitors is queued before it is turned away.</summary>
public sealed class LoadOptions
{
    public const string SectionName = "Bdis:Load";

    /// <summary>Requests served at once; by default the request connection pool's size, so none waits inside the pool.</summary>
    public int? ConcurrentRequests { get; set; }

    /// <summary>
    /// Requests that wait for a slot, oldest first; beyond it, 503 with Retry-After. On 2 cores a full queue drains in
    /// about 0.4 s on the API and 2 s on pages (docs/benchmarks.md): a brief wait. A shorter queue turns a burst of
    /// clients that retry at once into a storm of 503s that costs more than serving them.
    /// </summary>
    public int QueueLimit { get; set; } = 1000;

    /// <summary>Seconds a turned-away client is told to wait.</summary>
    public int RetryAfterSeconds { get; set; } = 2;

    /// <summary>Off only to measure the host without it (the load benchmark's baseline).</summary>
    public bool Enabled { get; set; } = true;
}
