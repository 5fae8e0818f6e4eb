using System.Data;
using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Bdis.Search.Indexing;

/// <summary>
/// Builds a complete index generation from PostgreSQL, aside from the one being served. All rows are read in one
/// REPEATABLE READ snapshot whose xmin becomes the watermark: every transaction below it is in the snapshot, and
/// every later one is found again in the change log.
/// </summary>
public sealed class IndexBuilder(NpgsqlDataSource dataSource, InitiativeDocuments documents, ILogger logger)
{
    public sealed record BuildResult(string Generation, long Documents, ulong Watermark, TimeSpan Elapsed);

    /// <summary>Builds a new generation and (unless told not to) publishes it as current.</summary>
    public async Task<BuildResult> BuildAsync(IndexLocation location, bool publish = true, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        var name = location.CreateGeneration();
        long count = 0;
        ulong watermark;
        try
        {
            using var generation = IndexGeneration.Open(location, name, create: true, bulk: true);
            await using var connection = await dataSource.OpenConnectionAsync(ct);
            await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
            watermark = await ChangeApplier.SnapshotXminAsync(connection, transaction, ct);

            // One reader (the database) feeds document building and indexing on the other cores.
            var channel = Channel.CreateBounded<IndexedInitiative>(new BoundedChannelOptions(10_000) { SingleWriter = true });
            var workers = Enumerable.Range(0, Math.Max(1, Environment.ProcessorCount)).Select(_ => Task.Run(async () =>
            {
                await foreach (var row in channel.Reader.ReadAllAsync(ct))
                {
                    generation.Writer.AddDocument(documents.Create(row));
                    Interlocked.Increment(ref count);
                }
            }, ct)).ToArray();
            try
            {
                await foreach (var row in InitiativeSource.ReadAllPublishedAsync(connection, transaction, ct))
                {
                    await channel.Writer.WriteAsync(row, ct);
                }
            }
            finally
            {
                channel.Writer.Complete();
            }

            var readDone = clock.Elapsed;
            await Task.WhenAll(workers);
            var indexed = clock.Elapsed;
            await transaction.CommitAsync(ct);
            generation.Commit(watermark);
            logger.LogInformation("Index build phases: rows read by {Read}, documents added by {Indexed}, committed by {Committed}", readDone, indexed, clock.Elapsed);
        }
        catch
        {
            location.Delete(name);
            throw;
        }

        if (publish)
        {
            location.Publish(name);
        }

        logger.LogInformation("Built search index {Generation}: {Count} initiatives in {Elapsed} (watermark {Watermark})",
            name, count, clock.Elapsed, watermark);
        return new BuildResult(name, count, watermark, clock.Elapsed);
    }

}
