using Npgsql;

namespace Bdis.Import.Staging;

/// <summary>
/// The bulk path of a large insert: the secondary indexes and the foreign keys of <c>initiatives</c> are dropped, the
/// rows inserted, then the indexes rebuilt and the foreign keys added back (checked once, by one join), all inside the
/// import's transaction, so a failure (or <c>kill -9</c>) rolls the drops back with everything else.
/// Building an index once over the whole table (PostgreSQL 15 sorts points for GiST, btree builds run in parallel)
/// costs far less than inserting a million entries one by one into eight indexes, and one join less than a million
/// foreign-key trigger calls. The definitions are read from the catalog and replayed verbatim, so the EF model and its
/// migrations stay the only source of index and constraint definitions.
/// <b>Dropping an index takes an ACCESS EXCLUSIVE lock on <c>initiatives</c> until the transaction ends: readers (the
/// web site) wait for the import to commit.</b> This is why only large imports take this path (<see cref="PaysOff"/>).
/// The primary key stays: its uuid v7 keys arrive in order, so it grows cheaply at its right edge.
/// </summary>
public sealed class BulkLoad
{
    /// <summary>Below this many new records, the incremental path is always taken (no table lock for everyday imports).</summary>
    public const long MinimumRows = 20_000;

    private const string IndexesSql = """
        SELECT x.indexname, x.indexdef FROM pg_indexes x
        WHERE x.schemaname = current_schema() AND x.tablename = 'initiatives'
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conrelid = 'initiatives'::regclass AND c.conname = x.indexname)
        ORDER BY x.indexname
        """;

    private const string ForeignKeysSql = """
        SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint
        WHERE conrelid = 'initiatives'::regclass AND contype = 'f'
        ORDER BY conname
        """;

    private readonly List<(string Name, string Definition)> _indexes = [];
    private readonly List<(string Name, string Definition)> _foreignKeys = [];

    /// <summary>
    /// True when rebuilding pays: at least <see cref="MinimumRows"/> new records, and at least a quarter of the rows
    /// already in the table (a rebuild reads the whole table again; growing the indexes only touches the new rows).
    /// </summary>
    public static bool PaysOff(long newRows, long existingRows) => newRows >= MinimumRows && newRows * 4 >= existingRows;

    /// <summary>How long the import waits for the readers and writers of <c>initiatives</c> before it gives up the bulk path.</summary>
    public static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Takes the table's ACCESS EXCLUSIVE lock, waiting at most <see cref="LockTimeout"/>: while the import waits, every
    /// new reader queues behind it, so a busy table means the incremental path (false) rather than a stalled site.
    /// </summary>
    public async Task<bool> TryLockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        await transaction.SaveAsync("bulk_lock", ct);
        try
        {
            await Execute(connection, transaction, $"SET LOCAL lock_timeout = '{(int)LockTimeout.TotalMilliseconds}ms'", ct);
            await Execute(connection, transaction, "LOCK TABLE initiatives IN ACCESS EXCLUSIVE MODE", ct);
            await Execute(connection, transaction, "SET LOCAL lock_timeout TO DEFAULT", ct);
            await transaction.ReleaseAsync("bulk_lock", ct);
            return true;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.LockNotAvailable)
        {
            await transaction.RollbackAsync("bulk_lock", ct);
            return false;
        }
    }

    /// <summary>Drops the table's secondary indexes and foreign keys (after <see cref="TryLockAsync"/>), remembering their definitions.</summary>
    public async Task PrepareAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        await ReadAsync(connection, transaction, IndexesSql, _indexes, ct);
        await ReadAsync(connection, transaction, ForeignKeysSql, _foreignKeys, ct);
        foreach (var (name, _) in _foreignKeys)
        {
            await Execute(connection, transaction, "ALTER TABLE initiatives DROP CONSTRAINT " + Quote(name), ct);
        }

        foreach (var (name, _) in _indexes)
        {
            await Execute(connection, transaction, "DROP INDEX " + Quote(name), ct);
        }
    }

    /// <summary>Rebuilds the dropped indexes and adds the foreign keys back, with the memory a one-off sort of the table needs.</summary>
    public async Task CompleteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        await Execute(connection, transaction, "SET LOCAL maintenance_work_mem = '256MB'", ct);
        foreach (var (_, definition) in _indexes)
        {
            await Execute(connection, transaction, definition, ct);
        }

        foreach (var (name, definition) in _foreignKeys)
        {
            await Execute(connection, transaction, $"ALTER TABLE initiatives ADD CONSTRAINT {Quote(name)} {definition}", ct);
        }
    }

    private static async Task ReadAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql,
        List<(string, string)> into, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            into.Add((reader.GetString(0), reader.GetString(1)));
        }
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static async Task Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(ct);
    }
}
