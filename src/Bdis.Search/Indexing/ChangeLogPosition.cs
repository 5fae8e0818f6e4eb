using System.Globalization;
using Npgsql;

namespace Bdis.Search.Indexing;

/// <summary>
/// How far an index has followed the change log: the boundary of the PostgreSQL snapshot it last read. Every
/// transaction below <see cref="Xmin"/> had ended; of those from Xmin up to <see cref="Xmax"/>, only the ones in
/// <see cref="InProgress"/> had not committed. So the changes an index still lacks are those of transactions at or
/// above Xmax, or in that list. Keeping the list matters: while any transaction of the cluster stays open (an import,
/// another database's work), Xmin cannot move, and a position made of Xmin alone re-read every change since then at
/// each poll. <see cref="Xmax"/> is null for a position recorded by an older version (Xmin alone).
/// </summary>
public sealed record ChangeLogPosition(ulong Xmin, ulong? Xmax, IReadOnlyList<ulong> InProgress)
{
    private const string XmaxKey = "bdis.watermark.xmax";
    private const string InProgressKey = "bdis.watermark.in-progress";

    /// <summary>Rows of change_log the position does not cover, with parameters $1 (xmin), $2 (xmax), $3 (in progress).</summary>
    public const string NotCoveredSql =
        "tx_id >= $1::text::xid8 AND ($2::text IS NULL OR tx_id >= $2::text::xid8 OR tx_id = ANY ($3::text[]::xid8[]))";

    /// <summary>Whether the changes of transaction <paramref name="xid"/> are covered (committed and read, or never made).</summary>
    public bool Covers(ulong xid) => xid < Xmin || (Xmax is { } xmax && xid < xmax && !InProgress.Contains(xid));

    /// <summary>
    /// Whether a change the retention pruned (every pruned transaction is at or below <paramref name="horizon"/>) may be
    /// one this position does not cover: a transaction at or above Xmax, or one that was still in progress.
    /// </summary>
    public bool MayMissPrunedChanges(ulong horizon) =>
        Xmax is { } xmax ? horizon >= xmax || InProgress.Any(x => x <= horizon) : Xmin <= horizon;

    public bool SameBoundaryAs(ChangeLogPosition other) =>
        Xmin == other.Xmin && Xmax == other.Xmax && InProgress.SequenceEqual(other.InProgress);

    public void AddParameters(NpgsqlCommand command)
    {
        command.Parameters.Add(new NpgsqlParameter { Value = Text(Xmin) });
        command.Parameters.Add(new NpgsqlParameter { Value = Xmax is { } xmax ? Text(xmax) : DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = InProgress.Select(Text).ToArray() });
    }

    /// <summary>The boundary of the transaction's current snapshot (REPEATABLE READ: the snapshot of all its reads).</summary>
    public static async Task<ChangeLogPosition> OfSnapshotAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("""
            SELECT pg_snapshot_xmin(s)::text, pg_snapshot_xmax(s)::text, ARRAY(SELECT x::text FROM pg_snapshot_xip(s) x ORDER BY x)
            FROM pg_current_snapshot() s
            """, connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return new ChangeLogPosition(Parse(reader.GetString(0)), Parse(reader.GetString(1)), reader.GetFieldValue<string[]>(2).Select(Parse).ToArray());
    }

    /// <summary>The position recorded in an index commit's user data, under the xmin key and this type's own keys.</summary>
    public static ChangeLogPosition? FromCommitData(IDictionary<string, string> data, string xminKey)
    {
        if (!data.TryGetValue(xminKey, out var xminText) || !TryParse(xminText, out var xmin))
        {
            return null;
        }

        if (!data.TryGetValue(XmaxKey, out var xmaxText) || !TryParse(xmaxText, out var xmax))
        {
            return new ChangeLogPosition(xmin, null, []);
        }

        var inProgress = new List<ulong>();
        foreach (var part in (data.TryGetValue(InProgressKey, out var list) ? list : string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!TryParse(part, out var xid))
            {
                // A damaged list cannot be trusted to name every open transaction: fall back to everything since xmin.
                return new ChangeLogPosition(xmin, null, []);
            }

            inProgress.Add(xid);
        }

        return new ChangeLogPosition(xmin, xmax, inProgress);
    }

    public void AddTo(IDictionary<string, string> data, string xminKey)
    {
        data[xminKey] = Text(Xmin);
        if (Xmax is { } xmax)
        {
            data[XmaxKey] = Text(xmax);
            data[InProgressKey] = string.Join(',', InProgress.Select(Text));
        }
    }

    private static string Text(ulong xid) => xid.ToString(CultureInfo.InvariantCulture);

    private static ulong Parse(string text) => ulong.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

    private static bool TryParse(string text, out ulong xid) => ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out xid);
}
