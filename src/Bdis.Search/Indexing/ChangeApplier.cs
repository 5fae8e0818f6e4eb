using System.Data;
using Bdis.Data.ChangeLog;
using Lucene.Net.Index;
using Npgsql;

namespace Bdis.Search.Indexing;

/// <summary>
/// Applies the change log to an index generation. change_log.id order is not commit order, so the position kept is
/// the boundary of a snapshot (<see cref="ChangeLogPosition"/>): in one REPEATABLE READ snapshot S, the rows the
/// index's position P does not cover are read (idempotently: each named initiative is reloaded, then updated or
/// removed) and the index is committed with P := S. Rows of transactions still running are not in S and are found
/// again next time, so a long transaction is never skipped, and a crash before the index commit simply replays.
/// Rows pruned by <see cref="ChangeLogRetention"/> before this replica read them make it throw
/// <see cref="ChangeLogPrunedException"/>.
/// </summary>
public sealed class ChangeApplier(NpgsqlDataSource dataSource, InitiativeDocuments documents)
{
    /// <summary>
    /// Changed records read and written per round, all in the one snapshot: the changes of a million-row import are
    /// not held in memory at once.
    /// </summary>
    public const int ChunkSize = 5_000;

    /// <summary>
    /// With nothing to apply, an index records a newer position at most this often: transactions that ended since
    /// (even without changes) then stop counting as possibly missed ones for the retention horizon, without an index
    /// commit at every poll.
    /// </summary>
    public static readonly TimeSpan IdleRefresh = TimeSpan.FromSeconds(5);

    public sealed record ApplyResult(int Changed, ulong Watermark);

    public async Task<ApplyResult> ApplyAsync(IndexGeneration generation, CancellationToken ct)
    {
        var position = generation.Position ?? throw new InvalidOperationException("The index has no change-log watermark.");
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        var snapshot = await ChangeLogPosition.OfSnapshotAsync(connection, transaction, ct);
        if (await ChangeLogRetention.HorizonAsync(connection, transaction, ct) is { } horizon && position.MayMissPrunedChanges(horizon))
        {
            throw new ChangeLogPrunedException(position.Xmin, horizon);
        }

        var ids = new HashSet<Guid>();
        await using (var command = new NpgsqlCommand(
            $"SELECT DISTINCT initiative_id FROM change_log WHERE {ChangeLogPosition.NotCoveredSql}", connection, transaction))
        {
            position.AddParameters(command);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                ids.Add(reader.GetGuid(0));
            }
        }

        if (ids.Count == 0)
        {
            if (snapshot.SameBoundaryAs(position) || DateTimeOffset.UtcNow - generation.LastCommitAt < IdleRefresh)
            {
                return new ApplyResult(0, position.Xmin);
            }

            await transaction.CommitAsync(ct);
            generation.Commit(snapshot);
            return new ApplyResult(0, snapshot.Xmin);
        }

        var changed = ids.ToArray();
        foreach (var chunk in changed.Chunk(ChunkSize))
        {
            foreach (var row in await InitiativeSource.ReadPublishedAsync(connection, transaction, chunk, ct))
            {
                generation.Writer.UpdateDocument(new Term(IndexFields.Id, row.Id.ToString("D")), documents.Create(row));
                ids.Remove(row.Id);
            }
        }

        await transaction.CommitAsync(ct);
        foreach (var gone in ids)
        {
            generation.Writer.DeleteDocuments(new Term(IndexFields.Id, gone.ToString("D")));
        }

        generation.Commit(snapshot);
        return new ApplyResult(changed.Length, snapshot.Xmin);
    }

    /// <summary>Changes not yet in the index and how old the oldest is (for /healthz).</summary>
    public async Task<(long Pending, double LagSeconds)> LagAsync(ChangeLogPosition position, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand(
            $"SELECT count(*), coalesce(extract(epoch FROM now() - min(changed_at)), 0)::float8 FROM change_log WHERE {ChangeLogPosition.NotCoveredSql}",
            connection);
        position.AddParameters(command);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return (reader.GetInt64(0), reader.GetDouble(1));
    }
}
