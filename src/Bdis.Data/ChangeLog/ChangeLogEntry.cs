namespace Bdis.Data.ChangeLog;

/// <summary>
/// One change to an initiative, written by database triggers in the same transaction as the change itself,
/// so every write path (forms, imports, raw SQL) is captured. Readers (each index replica) keep their own position.
/// </summary>
public sealed class ChangeLogEntry
{
    public long Id { get; set; }

    public Guid InitiativeId { get; set; }

    /// <summary>'I' insert, 'U' update, 'D' delete.</summary>
    public char Operation { get; set; }

    /// <summary>The writing transaction's id (xid8); readers use it with snapshots so no change is skipped.</summary>
    public ulong TransactionId { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}
