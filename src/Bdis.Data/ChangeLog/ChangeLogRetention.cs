using System.Globalization;
using Npgsql;

namespace Bdis.Data.ChangeLog;

/// <summary>
/// Keeps the change log from growing without end (every import of N records writes N rows). Rows older than the
/// retention period are deleted, but only those of transactions that have finished, and the highest deleted
/// transaction id is recorded as the horizon in the same transaction. A replica whose watermark is at or below the
/// horizon may have missed a change: it sees the horizon and rebuilds instead of serving a stale index.
/// </summary>
public static class ChangeLogRetention
{
    public sealed record PruneResult(long Deleted, ulong? PrunedThrough);

    public static async Task<PruneResult> PruneAsync(NpgsqlDataSource dataSource, TimeSpan olderThan, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(olderThan, TimeSpan.Zero);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand(
            """
            WITH last AS (
                SELECT max(tx_id::text::numeric) AS through FROM change_log
                WHERE changed_at < now() - $1 AND tx_id < pg_snapshot_xmin(pg_current_snapshot())
            ), gone AS (
                DELETE FROM change_log c USING last WHERE c.tx_id <= last.through::text::xid8 RETURNING 1
            ), horizon AS (
                INSERT INTO change_log_horizon AS h (pruned_through) SELECT through::text::xid8 FROM last WHERE through IS NOT NULL
                ON CONFLICT (singleton) DO UPDATE
                    SET pruned_through = greatest(h.pruned_through, excluded.pruned_through), pruned_at = now()
                RETURNING 1
            )
            SELECT (SELECT count(*) FROM gone), (SELECT through::text FROM last), (SELECT count(*) FROM horizon)
            """, connection)
        {
            Parameters = { new() { Value = olderThan } },
        };
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var through = reader.IsDBNull(1) ? (ulong?)null : ulong.Parse(reader.GetString(1), NumberStyles.None, CultureInfo.InvariantCulture);
        return new PruneResult(reader.GetInt64(0), through);
    }

    /// <summary>The highest pruned transaction id, read in the caller's transaction (its snapshot), or null.</summary>
    public static async Task<ulong?> HorizonAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT pruned_through::text FROM change_log_horizon", connection, transaction);
        return await command.ExecuteScalarAsync(ct) is string text
            ? ulong.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture)
            : null;
    }
}
