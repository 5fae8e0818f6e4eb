using NetTopologySuite.Geometries;
using Npgsql;

namespace Bdis.Data.Territories;

/// <summary>Places records in their department and region from their location, when outlines have been loaded.</summary>
public static class TerritoryLocator
{
    /// <summary>The department and region whose outlines cover the point (null when none is loaded or none covers it).</summary>
    public static async Task<(string? Department, string? Region)> LocateAsync(NpgsqlConnection connection, Point point, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "SELECT kind, code FROM territory_boundaries WHERE ST_Covers(outline, $1) ORDER BY kind, code", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = point });
        string? department = null, region = null;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            if (reader.GetString(0) == TerritoryBoundary.DepartmentKind)
            {
                department ??= reader.GetString(1);
            }
            else
            {
                region ??= reader.GetString(1);
            }
        }

        return (department, region);
    }

    /// <summary>
    /// Set-based: fills the missing department and region of every located record from the loaded outlines.
    /// Runs inside the caller's transaction (an import's, for instance); returns the number of records changed.
    /// </summary>
    public static async Task<int> FillMissingAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken ct)
    {
        const string sql = """
            UPDATE initiatives i SET department_code = b.code
              FROM territory_boundaries b
             WHERE i.department_code IS NULL AND i.location IS NOT NULL
               AND b.kind = 'department' AND ST_Covers(b.outline, i.location);
            UPDATE initiatives i SET region_code = b.code
              FROM territory_boundaries b
             WHERE i.region_code IS NULL AND i.location IS NOT NULL
               AND b.kind = 'region' AND ST_Covers(b.outline, i.location);
            """;
        await using var batch = new NpgsqlCommand(sql, connection, transaction);
        return await batch.ExecuteNonQueryAsync(ct);
    }
}
