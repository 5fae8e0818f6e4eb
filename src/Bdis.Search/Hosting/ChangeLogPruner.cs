using Bdis.Data.ChangeLog;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Bdis.Search.Hosting;

/// <summary>
/// Deletes change-log rows older than Bdis:Search:ChangeLogRetentionHours, every PruneIntervalMinutes. Every host may
/// run it: pruning is idempotent, and a replica stopped for longer than the retention rebuilds on its next start.
/// </summary>
public sealed class ChangeLogPruner(IServiceProvider services, IOptions<SearchOptions> options, ILogger<ChangeLogPruner> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.ChangeLogRetentionHours <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(settings.PruneIntervalMinutes));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await PruneOnceAsync(TimeSpan.FromHours(settings.ChangeLogRetentionHours), stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task PruneOnceAsync(TimeSpan retention, CancellationToken ct)
    {
        try
        {
            var result = await ChangeLogRetention.PruneAsync(services.GetRequiredService<NpgsqlDataSource>(), retention, ct);
            if (result.Deleted > 0)
            {
                logger.LogInformation("Pruned {Count} change-log row(s) older than {Retention} (through transaction {Through})",
                    result.Deleted, retention, result.PrunedThrough);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // Whatever happened (database briefly away, a lock timeout), housekeeping must never stop the host
            // (an exception escaping a BackgroundService does): the next tick tries again.
            logger.LogWarning(e, "Pruning the change log failed; will retry");
        }
    }
}
