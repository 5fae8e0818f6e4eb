using Npgsql;

namespace Bdis.Import.Staging;

/// <summary>
/// Rows of one file that share an identity key: read back from the staging table (only the groups that have several
/// rows), told apart by <see cref="SamePlace"/>, and the true repeats marked (<c>duplicate_of</c>). On a direct load the
/// first row of a group may already be in <c>initiatives</c>; it is read from there (<c>first_id</c>) with the facts
/// the staging table would have held, so both paths resolve the same groups alike.
/// </summary>
public static class FileRepeats
{
    private const string S = StagingTable.Name;

    public static async Task<SamePlace.Resolution> MarkAsync(Merger merger, bool withDirectRows, CancellationToken ct)
    {
        var facts = new List<PlaceFacts>();
        await using (var command = merger.Command($"""
            SELECT line, identity_key, commune_key, street_key, ST_X(location), ST_Y(location) FROM {S}
            WHERE duplicate_of IS NULL
              AND (identity_key IN (SELECT identity_key FROM {S} WHERE duplicate_of IS NULL GROUP BY identity_key HAVING count(*) > 1)
                   {(withDirectRows ? "OR first_id IS NOT NULL" : string.Empty)})
            """, []))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                facts.Add(new PlaceFacts(reader.GetInt64(0), reader.GetString(1), Text(reader, 2), Text(reader, 3), Number(reader, 4), Number(reader, 5)));
            }
        }

        if (withDirectRows)
        {
            await AddDirectFirstsAsync(merger, facts, ct);
        }

        var resolution = SamePlace.Resolve(facts);
        if (resolution.Repeats.Count > 0)
        {
            await merger.ExecuteAsync($"""
                UPDATE {S} s SET duplicate_of = d.first_line FROM unnest(@lines, @firsts) AS d(line, first_line) WHERE s.line = d.line
                """, ct, ("lines", resolution.Repeats.Select(p => p.Line).ToArray()), ("firsts", resolution.Repeats.Select(p => p.FirstLine).ToArray()));
        }

        return resolution;
    }

    /// <summary>The directly loaded first rows of repeated identities (checked exactly: <c>first_id</c> came from a hash).</summary>
    private static async Task AddDirectFirstsAsync(Merger merger, List<PlaceFacts> facts, CancellationToken ct)
    {
        await using var command = merger.Command($"""
            SELECT DISTINCT s.first_line, s.identity_key, i.external_id, i.name, i.postcode, i.insee_code, i.commune, i.street,
                ST_X(i.location), ST_Y(i.location)
            FROM {S} s JOIN initiatives i ON i.id = s.first_id
            WHERE s.first_id IS NOT NULL
            """, []);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var key = reader.IsDBNull(2) ? IdentityKeys.NamePostcode(reader.GetString(3), Text(reader, 4)) : "id:" + reader.GetString(2);
            if (key != reader.GetString(1))
            {
                continue;
            }

            var withoutId = reader.IsDBNull(2);
            facts.Add(new PlaceFacts(reader.GetInt64(0), key,
                withoutId ? IdentityKeys.Commune(Text(reader, 5), Text(reader, 6)) : null, withoutId ? IdentityKeys.Street(Text(reader, 7)) : null,
                Number(reader, 8), Number(reader, 9)));
        }
    }

    private static string? Text(NpgsqlDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    private static double? Number(NpgsqlDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetDouble(i);
}
