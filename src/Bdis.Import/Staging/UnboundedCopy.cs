using Npgsql;

namespace Bdis.Import.Staging;

/// <summary>
/// Starts a binary COPY that waits as long as the server works, like the import's other statements. By default Npgsql
/// bounds each read of a COPY by the connection's command timeout (30 s), and completing a COPY waits for the server to
/// finish it, including the change-log trigger over every row copied: on a busy or slow server a valid million-row
/// import then failed with "Timeout during reading attempt" after all its rows were sent.
/// </summary>
public static class UnboundedCopy
{
    public static async Task<NpgsqlBinaryImporter> BeginAsync(NpgsqlConnection connection, string copyFromStdin, CancellationToken ct)
    {
        var importer = await connection.BeginBinaryImportAsync(copyFromStdin, ct);
        // Zero means no timeout (a negative value would mean an immediate one).
        importer.Timeout = TimeSpan.Zero;
        return importer;
    }
}
