using Bdis.Search.Hosting;
using Bdis.Search.Indexing;

namespace Bdis.Web.Apis;

/// <summary>/healthz part for the search index: documents, generation, change-log watermark, pending changes and lag.</summary>
public sealed class SearchIndexHealth(IndexManager manager, ChangeApplier applier, IndexSynchronizer synchronizer) : IHealthContributor
{
    /// <summary>Beyond this lag the index is reported unhealthy.</summary>
    public static readonly TimeSpan MaxHealthyLag = TimeSpan.FromSeconds(60);

    public async Task<(string Name, bool Healthy, object Details)> CheckAsync(CancellationToken ct)
    {
        var generation = manager.Current;
        if (generation is null)
        {
            return ("searchIndex", false, new { status = "not open" });
        }

        try
        {
            var position = generation.Position ?? new ChangeLogPosition(0, null, []);
            long documents;
            using (var lease = manager.Acquire())
            {
                documents = lease.Searcher.IndexReader.NumDocs;
            }

            var (pending, lagSeconds) = await applier.LagAsync(position, ct);
            var healthy = lagSeconds <= MaxHealthyLag.TotalSeconds;
            return ("searchIndex", healthy, new
            {
                status = healthy ? "ok" : "lagging",
                documents,
                generation = generation.Name,
                watermark = position.Xmin.ToString(System.Globalization.CultureInfo.InvariantCulture),
                pendingChanges = pending,
                lagSeconds = Math.Round(lagSeconds, 3),
                lastAppliedAt = synchronizer.LastAppliedAt,
            });
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or ObjectDisposedException or SearchIndexUnavailableException or TimeoutException)
        {
            return ("searchIndex", false, new { status = "unavailable" });
        }
    }

    internal static void Register(IServiceCollection services) => services.AddSingleton<IHealthContributor, SearchIndexHealth>();
}
