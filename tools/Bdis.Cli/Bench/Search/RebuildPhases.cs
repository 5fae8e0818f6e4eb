using System.Data;
using System.Diagnostics;
using Bdis.Search.Indexing;
using Npgsql;

namespace Bdis.Cli.Bench.Search;

/// <summary>
/// Where a full rebuild's time goes: the PostgreSQL read alone (same query, same row mapping, no indexing), then the
/// build itself, split into "documents added" and "committed" (the final flush and fsync).
/// </summary>
public sealed record RebuildPhases(
    double Seconds, double CpuSeconds, double ReadSeconds, double ReadCpuSeconds, long ReadRows, double IndexedSeconds,
    long IndexBytes, string LoadBefore, string LoadAfter)
{
    public static async Task<(double Seconds, double CpuSeconds, long Rows)> ReadAloneAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        var rows = await Task.Run(() => InitiativeSource.ReadAllPublishedInBatches(connection, transaction, 500).Sum(b => (long)b.Count), ct);
        await transaction.CommitAsync(ct);
        return (clock.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds, rows);
    }

    public IEnumerable<string> Lines()
    {
        var c = System.Globalization.CultureInfo.InvariantCulture;
        yield return string.Create(c, $"- Index rebuild: {Seconds:0.0} s wall ({CpuSeconds:0.0} s CPU in this process; PostgreSQL's own CPU not included), index size {IndexBytes / 1048576.0:0.0} MiB");
        yield return string.Create(c, $"  - documents added after {IndexedSeconds:0.0} s, commit (last flush) {Seconds - IndexedSeconds:0.0} s");
        yield return string.Create(c, $"  - the PostgreSQL read alone (same query and row mapping, no indexing, {ReadRows:N0} rows): {ReadSeconds:0.0} s wall, {ReadCpuSeconds:0.0} s CPU in this process");
        yield return $"  - load average {LoadBefore} before the read, {LoadAfter} after the build";
    }
}
