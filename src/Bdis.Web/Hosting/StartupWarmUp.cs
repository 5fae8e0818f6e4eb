using System.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bdis.Web.Hosting;

/// <summary>
/// Once the host listens, requests the home page and the map's first clusters from itself, so the first visitor
/// after a start or a deploy does not pay for compiling the hot paths (measured: the first load after a start took
/// 1.6–2.2 s to draw its clusters, the next ones 0.5–0.9 s). /healthz reports "warming up" (not ready) until it is
/// done, so a load balancer sends no visitor before. Hosts without a network address (test servers) skip it.
/// </summary>
public sealed class StartupWarmUp(IServer server, IHostApplicationLifetime lifetime, ILogger<StartupWarmUp> logger)
    : IHostedService, IHealthCheck
{
    public const string Name = "warmUp";

    /// <summary>What a first visitor's browser asks for: the home page, then the clusters of France at zoom 5.</summary>
    internal static readonly string[] Paths = ["/", "/api/clusters?bbox=-5.5,41.2,9.7,51.2&zoom=5", "/api/search?q=association"];

    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(60);
    private volatile string _status = "pending";
    private long _elapsedMs;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => _ = Task.Run(() => WarmUpAsync(lifetime.ApplicationStopping)));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["status"] = _status, ["milliseconds"] = Interlocked.Read(ref _elapsedMs) };
        return Task.FromResult(_status is "done" or "skipped" or "failed" ? HealthCheckResult.Healthy(data: data) : HealthCheckResult.Degraded(data: data));
    }

    private async Task WarmUpAsync(CancellationToken stopping)
    {
        if (LocalAddress() is not { } address)
        {
            _status = "skipped";
            return;
        }

        _status = "running";
        var clock = Stopwatch.StartNew();
        try
        {
            using var client = new HttpClient { BaseAddress = address, Timeout = RequestTimeout };
            foreach (var path in Paths)
            {
                using var response = await client.GetAsync(path, stopping);
                await response.Content.CopyToAsync(Stream.Null, stopping);
            }

            _status = "done";
            logger.LogInformation("Warm-up: home page and first clusters answered in {Elapsed} ms", clock.ElapsedMilliseconds);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or OperationCanceledException)
        {
            // A cold first visitor is slower, not broken: the host serves anyway.
            _status = "failed";
            logger.LogWarning("Warm-up did not complete ({Message}); serving anyway", e.Message);
        }
        finally
        {
            Interlocked.Exchange(ref _elapsedMs, clock.ElapsedMilliseconds);
        }
    }

    /// <summary>The first HTTP address the server listens on, with a wildcard host replaced by the loopback.</summary>
    internal Uri? LocalAddress()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var first = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            ?? addresses.FirstOrDefault();
        if (first is null || !Uri.TryCreate(first.Replace("://+", "://localhost").Replace("://*", "://localhost")
                .Replace("://0.0.0.0", "://127.0.0.1").Replace("://[::]", "://[::1]"), UriKind.Absolute, out var uri))
        {
            return null;
        }

        return uri;
    }
}
