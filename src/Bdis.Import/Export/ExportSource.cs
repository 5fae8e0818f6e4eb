using System.Runtime.CompilerServices;
using Npgsql;

namespace Bdis.Import.Export;

/// <summary>Streams the records to export: the rows come from the server as they are read, never all at once.</summary>
public static class ExportSource
{
    public static async IAsyncEnumerable<ExportRecord> ReadAsync(NpgsqlDataSource dataSource, ExportFilter filter, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand("""
            SELECT slug, name, summary, description, street, postcode, commune, insee_code, department_code, region_code,
                   ST_X(location), ST_Y(location), themes, tags, network_code, external_id, website, email, phone, siret, legal_status
            FROM initiatives
            WHERE status <> 3 AND (@network::text IS NULL OR network_code = @network) AND (@region::text IS NULL OR region_code = @region)
            ORDER BY network_code, slug
            """, connection);
        command.Parameters.AddWithValue("network", (object?)filter.NetworkCode?.Trim().ToUpperInvariant() ?? DBNull.Value);
        command.Parameters.AddWithValue("region", (object?)filter.RegionCode?.Trim() ?? DBNull.Value);
        await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, ct);
        while (await reader.ReadAsync(ct))
        {
            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            double? Number(int i) => reader.IsDBNull(i) ? null : reader.GetDouble(i);
            yield return new ExportRecord(
                reader.GetString(0), reader.GetString(1), Text(2), Text(3), Text(4), Text(5), Text(6), Text(7), Text(8), Text(9),
                Number(10), Number(11), reader.GetFieldValue<string[]>(12), reader.GetFieldValue<string[]>(13), reader.GetString(14),
                Text(15), Text(16), Text(17), Text(18), Text(19)?.Trim(), (Core.Initiatives.LegalStatus)reader.GetInt32(20));
        }
    }
}
