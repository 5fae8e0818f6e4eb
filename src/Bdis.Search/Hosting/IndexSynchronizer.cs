using Bdis.Search.Indexing;
using Lucene.Net.Index;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bdis.Search.Hosting;

/// <summary>
/// Keeps this host's index replica in step with PostgreSQL. On start: opens the current generation, or builds one
/// when it is missing, unreadable or has no watermark; then catches up from the change log before the host serves.
/// Then polls: applies new changes, and swaps in a generation published by `bdis reindex`.
/// </summary>
public sealed class IndexSynchronizer(
    IndexManager manager, IServiceProvider services, IOptions<SearchOptions> options, ILogger<IndexSynchronizer> logger)
    : BackgroundService
{
    // Resolved on start: their data source exists only once the database hosted service has opened the database.
    private IndexBuilder? _builder;
    private ChangeApplier? _applier;

    public DateTimeOffset? LastAppliedAt { get; private set; }

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        _builder = services.GetRequiredService<IndexBuilder>();
        _applier = services.GetRequiredService<ChangeApplier>();
        await OpenCurrentAsync(cancellationToken);
        await CatchUpAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMilliseconds(Math.Max(50, options.Value.PollIntervalMs));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, stoppingToken);
                if (manager.Location.ReadCurrent() is { } published && published != manager.Current?.Name)
                {
                    SwapTo(published);
                }

                await CatchUpAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                // Whatever happened (database down, disk full), the replica must keep trying rather than die.
                logger.LogError(e, "Applying the change log to the search index failed; retrying");
            }
        }
    }

    private async Task CatchUpAsync(CancellationToken ct)
    {
        if (manager.Current is not { } generation)
        {
            return;
        }

        ChangeApplier.ApplyResult result;
        try
        {
            result = await _applier!.ApplyAsync(generation, ct);
        }
        catch (ChangeLogPrunedException e)
        {
            logger.LogWarning("{Reason} Rebuilding the search index", e.Message);
            await RebuildAsync(ct);
            return;
        }

        if (result.Changed > 0)
        {
            LastAppliedAt = DateTimeOffset.UtcNow;
            logger.LogDebug("Applied {Count} change(s) to the search index (watermark {Watermark})", result.Changed, result.Watermark);
        }
    }

    private async Task OpenCurrentAsync(CancellationToken ct)
    {
        var location = manager.Location;
        var name = location.ReadCurrent();
        if (name is not null)
        {
            try
            {
                var opened = IndexGeneration.Open(location, name, create: false);
                if (opened.Watermark is not null && opened.HasCurrentSchema)
                {
                    manager.Swap(opened)?.Dispose();
                    return;
                }

                logger.LogWarning("Search index {Generation} has no change-log watermark or an older document layout: rebuilding", name);
                opened.Dispose();
            }
            catch (Exception e) when (e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexNotFoundException)
            {
                logger.LogWarning(e, "Search index {Generation} cannot be opened: rebuilding", name);
            }
        }

        await RebuildAsync(ct);
    }

    /// <summary>Builds a new generation aside (queries keep the current one meanwhile), then switches to it.</summary>
    private async Task RebuildAsync(CancellationToken ct)
    {
        var location = manager.Location;
        var built = await _builder!.BuildAsync(location, publish: true, ct);
        manager.Swap(IndexGeneration.Open(location, built.Generation, create: false))?.Dispose();
        location.DeleteGenerationsOlderThan(built.Generation);
    }

    private void SwapTo(string published)
    {
        var opened = IndexGeneration.Open(manager.Location, published, create: false);
        var previous = manager.Swap(opened);
        logger.LogInformation("Search index switched to {Generation}", published);
        previous?.Dispose();
        if (previous is not null && previous.Name != manager.Location.ReadCurrent())
        {
            manager.Location.Delete(previous.Name);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        manager.Dispose();
    }
}
