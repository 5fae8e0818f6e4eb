using System.Data;
using System.Globalization;
using Bdis.Data.ChangeLog;
using Lucene.Net.Index;
using Npgsql;

namespace Bdis.Search.Indexing;

/// <summary>
/// Applies the change log to an index generation. change_log.id order is not commit order, so the position kept is
/// a transaction-id watermark W: in one REPEATABLE READ snapshot, X = the snapshot's xmin (every transaction below X
/// has finished); rows with tx_id ≥ W are re-read (idempotently: each named initiative is reloaded, then updated or
/// removed) and the index is committed with W := X. Rows of transactions still running are found again next time,
/// so a long transaction is never skipped, and a crash before the index commit simply replays. Rows pruned by
/// <see cref="ChangeLogRetention"/> before this replica read them make it throw <see cref="ChangeLogPrunedException"/>.
/// </summary>
public sealed class ChangeApplier(NpgsqlDataSource dataSource, InitiativeDocuments documents)
{
    /// <summary>
    /// Changed records read and written per round, all in the one snapshot: the changes of a million-row import are
    /// not held in memory at once.
    /// </summary>
    public const int ChunkSize = 5_000;

    public sealed record ApplyResult(int Changed, ulong Watermark);

    public async Task<ApplyResult> ApplyAsync(IndexGeneration generation, CancellationToken ct)
    {
        var watermark = generation.Watermark ?? throw new InvalidOperationException("The index has no change-log watermark.");
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        var xmin = await SnapshotXminAsync(connection, transaction, ct);
        if (await ChangeLogRetention.HorizonAsync(connection, transaction, ct) is { } horizon && watermark <= horizon)
        {
            throw new ChangeLogPrunedException(watermark, horizon);
        }

        var ids = new HashSet<Guid>();
        await using (var command = new NpgsqlCommand(
            "SELECT DISTINCT initiative_id FROM change_log WHERE tx_id >= $1::text::xid8", connection, transaction)
        {
            Parameters = { new() { Value = watermark.ToString(CultureInfo.InvariantCulture) } },
        })
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                ids.Add(reader.GetGuid(0));
            }
        }

        if (ids.Count == 0)
        {
            return new ApplyResult(0, watermark);
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

        generation.Commit(xmin);
        return new ApplyResult(changed.Length, xmin);
    }

    /// <summary>Changes not yet in the index and how old the oldest is (for /healthz).</summary>
    public async Task<(long Pending, double LagSeconds)> LagAsync(ulong watermark, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand(
            "SELECT count(*), coalesce(extract(epoch FROM now() - min(changed_at)), 0)::float8 FROM change_log WHERE tx_id >= $1::text::xid8",
            connection)
        {
            Parameters = { new() { Value = watermark.ToString(CultureInfo.InvariantCulture) } },
        };
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return (reader.GetInt64(0), reader.GetDouble(1));
    }

    internal static async Task<ulong> SnapshotXminAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT pg_snapshot_xmin(pg_current_snapshot())::text", connection, transaction);
        var text = (string)(await command.ExecuteScalarAsync(ct))!;
        return ulong.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
    }
}
