using System.Globalization;
using Bdis.Search.Hosting;
using Bdis.Search.Indexing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bdis.Web.Apis;

/// <summary>/healthz part for the search index: documents, generation, change-log watermark, pending changes and lag.</summary>
public sealed class SearchIndexHealth(IndexManager manager, ChangeApplier applier, IndexSynchronizer synchronizer) : IHealthCheck
{
    public const string Name = "searchIndex";

    /// <summary>Beyond this lag the index is reported unhealthy.</summary>
    public static readonly TimeSpan MaxHealthyLag = TimeSpan.FromSeconds(60);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var generation = manager.Current;
        if (generation is null)
        {
            return Unhealthy("not open");
        }

        try
        {
            var position = generation.Position ?? new ChangeLogPosition(0, null, []);
            long documents;
            using (var lease = manager.Acquire())
            {
                documents = lease.Searcher.IndexReader.NumDocs;
            }

            var (pending, lagSeconds) = await applier.LagAsync(position, cancellationToken);
            var healthy = lagSeconds <= MaxHealthyLag.TotalSeconds;
            var data = new Dictionary<string, object>
            {
                ["status"] = healthy ? "ok" : "lagging",
                ["documents"] = documents,
                ["generation"] = generation.Name,
                ["watermark"] = position.Xmin.ToString(CultureInfo.InvariantCulture),
                ["pendingChanges"] = pending,
                ["lagSeconds"] = Math.Round(lagSeconds, 3),
            };
            if (synchronizer.LastAppliedAt is { } lastAppliedAt)
            {
                data["lastAppliedAt"] = lastAppliedAt;
            }

            return healthy ? HealthCheckResult.Healthy(data: data) : HealthCheckResult.Degraded(data: data);
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or ObjectDisposedException or SearchIndexUnavailableException or TimeoutException)
        {
            return Unhealthy("unavailable");
        }
    }

    internal static void Register(IServiceCollection services) => services.AddHealthChecks().AddCheck<SearchIndexHealth>(Name);

    private static HealthCheckResult Unhealthy(string status) =>
        HealthCheckResult.Unhealthy(data: new Dictionary<string, object> { ["status"] = status });
}
