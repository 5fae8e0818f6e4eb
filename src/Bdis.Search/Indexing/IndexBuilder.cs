using System.Collections.Concurrent;
using System.Data;
using System.Diagnostics;
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
    private const int BatchSize = 500;

    /// <param name="Indexed">When every document had been added (the rest of <paramref name="Elapsed"/> is the commit).</param>
    public sealed record BuildResult(string Generation, long Documents, ulong Watermark, TimeSpan Elapsed, TimeSpan Indexed);

    /// <summary>Builds a new generation and (unless told not to) publishes it as current.</summary>
    public async Task<BuildResult> BuildAsync(IndexLocation location, bool publish = true, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        var name = location.CreateGeneration();
        long count;
        ChangeLogPosition position;
        TimeSpan indexed;
        try
        {
            using var generation = IndexGeneration.Open(location, name, create: true, bulk: true);
            await using var connection = await dataSource.OpenConnectionAsync(ct);
            await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
            position = await ChangeLogPosition.OfSnapshotAsync(connection, transaction, ct);
            count = await Task.Run(() => ReadAndIndex(connection, transaction, generation, ct), ct);
            indexed = clock.Elapsed;
            await transaction.CommitAsync(ct);
            generation.Commit(position);
            logger.LogInformation("Index build phases: documents added by {Indexed}, committed by {Committed}", indexed, clock.Elapsed);
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
            name, count, clock.Elapsed, position.Xmin);
        return new BuildResult(name, count, position.Xmin, clock.Elapsed, indexed);
    }

    /// <summary>
    /// This thread reads rows in batches; one dedicated thread per core turns them into documents and adds them.
    /// Batches and plain threads keep synchronisation rare: with async per-row hand-offs, a two-core machine spent
    /// about half its build time spinning in the thread pool.
    /// </summary>
    private long ReadAndIndex(NpgsqlConnection connection, NpgsqlTransaction transaction, IndexGeneration generation, CancellationToken ct)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var queue = new BlockingCollection<List<IndexedInitiative>>(boundedCapacity: 16);
        long count = 0;
        Exception? failure = null;
        var workers = Enumerable.Range(0, Math.Max(1, Environment.ProcessorCount)).Select(i => new Thread(() =>
        {
            try
            {
                var template = documents.CreateTemplate();
                foreach (var batch in queue.GetConsumingEnumerable(stop.Token))
                {
                    foreach (var row in batch)
                    {
                        generation.Writer.AddDocument(template.Fill(row));
                    }

                    Interlocked.Add(ref count, batch.Count);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref failure, e, null);
                stop.Cancel();
            }
        })
        { IsBackground = true, Name = $"bdis-index-build-{i}" }).ToList();
        workers.ForEach(w => w.Start());
        try
        {
            foreach (var batch in InitiativeSource.ReadAllPublishedInBatches(connection, transaction, BatchSize))
            {
                queue.Add(batch, stop.Token);
            }
        }
        catch (OperationCanceledException) when (failure is not null)
        {
        }
        finally
        {
            queue.CompleteAdding();
            workers.ForEach(w => w.Join());
        }

        if (failure is not null)
        {
            throw new InvalidOperationException("Building the search index failed: " + failure.Message, failure);
        }

        ct.ThrowIfCancellationRequested();
        return count;
    }
}
