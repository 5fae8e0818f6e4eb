using Bdis.Core.Text;
using Npgsql;

namespace Bdis.Import.Staging;

/// <summary>
/// The set-based merge of the staging table into <c>initiatives</c>, inside the import's transaction: rows matched to
/// the network's records by id (or name + postcode and place, see <see cref="SamePlace"/>), only changed records updated,
/// new ones inserted with unique slugs.
/// </summary>
public sealed class Merger(NpgsqlConnection connection, NpgsqlTransaction transaction, string networkCode)
{
    private const string S = StagingTable.Name;

    /// <summary>Who the records' provenance names as their author.</summary>
    internal const string ImportUser = "import";

    internal NpgsqlConnection Connection => connection;

    internal NpgsqlTransaction Transaction => transaction;

    /// <summary>Without statistics the planner takes the staging table for empty and picks nested loops.</summary>
    /// <remarks>Only the columns the merge groups, joins or filters on: statistics on the other text columns cost time and serve no plan.</remarks>
    public async Task AnalyzeStagingAsync(CancellationToken ct) =>
        await ExecuteAsync($"ANALYZE {S} (line, identity_key, slug_base, external_id, siret, location, target_id, duplicate_of)", ct);

    /// <summary>
    /// Points each row at the network's record it designates (by id, else by name + postcode and place, see
    /// <see cref="SamePlace"/>). When the reader saw an
    /// id on every row (<paramref name="everyRowHasExternalId"/>), the search for rows without one is skipped.
    /// </summary>
    public async Task MatchExistingAsync(bool everyRowHasExternalId, CancellationToken ct)
    {
        await ExecuteAsync($"""
            UPDATE {S} s SET target_id = i.id FROM initiatives i
            WHERE i.network_code = @network AND s.external_id IS NOT NULL AND i.external_id = s.external_id AND s.duplicate_of IS NULL
            """, ct);
        if (!everyRowHasExternalId && await ScalarAsync<bool>($"SELECT EXISTS (SELECT 1 FROM {S} WHERE external_id IS NULL AND duplicate_of IS NULL)", ct))
        {
            await MatchByNameAndPostcodeAsync(ct);
        }
    }

    /// <summary>A record reached both by id and by name + postcode is updated from its first row only.</summary>
    public async Task<List<(long Line, long FirstLine)>> MarkSharedTargetsAsync(CancellationToken ct) =>
        await ReadPairsAsync($"""
            WITH firsts AS (SELECT target_id, min(line) AS first_line FROM {S}
                            WHERE target_id IS NOT NULL AND duplicate_of IS NULL GROUP BY target_id HAVING count(*) > 1)
            UPDATE {S} s SET duplicate_of = f.first_line, target_id = NULL FROM firsts f
            WHERE s.target_id = f.target_id AND s.line <> f.first_line
            RETURNING s.line, s.duplicate_of
            """, ct);

    /// <summary>Whether the importing network has any record yet (an index probe).</summary>
    public async Task<bool> NetworkHasRecordsAsync(CancellationToken ct) =>
        await ScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM initiatives WHERE network_code = @network)", ct);

    /// <summary>The rows matched to an existing record, and the rows that will become new records (one scan).</summary>
    public async Task<(long Matched, long New)> CountMatchedAndNewAsync(CancellationToken ct)
    {
        await using var command = Command($"""
            SELECT count(*) FILTER (WHERE target_id IS NOT NULL), count(*) FILTER (WHERE target_id IS NULL)
            FROM {S} WHERE duplicate_of IS NULL
            """, []);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>The number of initiatives (all networks), counting no further than <paramref name="limit"/>.</summary>
    public async Task<long> CountExistingUpToAsync(long limit, CancellationToken ct) =>
        await ScalarAsync<long>($"SELECT count(*) FROM (SELECT 1 FROM initiatives LIMIT {limit}) t", ct);

    public async Task<long> UpdateChangedAsync(IReadOnlyList<string> columns, string sourceRef, CancellationToken ct)
    {
        var sets = string.Join(", ", columns.Select(c => $"{c} = {Source(c)}"));
        var changed = string.Join(" OR ", columns.Select(c => $"i.{c} IS DISTINCT FROM {Source(c)}"));
        return await ExecuteAsync($"""
            UPDATE initiatives i SET {sets}, updated_at = now(), updated_by = @by, source_kind = 1, source_ref = @ref
            FROM {S} s
            WHERE s.target_id = i.id AND s.duplicate_of IS NULL AND i.network_code = @network AND ({changed})
            """, ct, ("ref", sourceRef));
    }

    /// <summary>
    /// Gives a slug to the new rows whose base is not enough. A base the table already uses (as it is or numbered,
    /// "atelier" or "atelier-4") becomes base-N for every new row; a base only the file repeats stays as it is for its
    /// first row and becomes base-N for the others; N counts on, in file order, past every number already given to that
    /// base in the table and in the file's own names ("Atelier 3" keeps "atelier-3", so a repeated "Atelier" becomes
    /// "atelier-4", "atelier-5"). A generated slug can therefore meet neither a slug of the table nor another row's base.
    /// Only the rows that need a number are sorted and written (into the staging table's slug column). When the reader
    /// saw no base twice (<paramref name="basesKnownDistinct"/>, see <see cref="RepeatWatch"/>), every count is 1 and
    /// the count itself is skipped.
    /// </summary>
    public async Task AllocateSlugsAsync(bool basesKnownDistinct, CancellationToken ct) =>
        await ExecuteAsync($"""
            WITH counts AS {(basesKnownDistinct
                ? $"NOT MATERIALIZED (SELECT slug_base, 1::bigint AS c FROM {S} WHERE target_id IS NULL AND duplicate_of IS NULL)"
                : $"MATERIALIZED (SELECT slug_base, count(*) AS c FROM {S} WHERE target_id IS NULL AND duplicate_of IS NULL GROUP BY slug_base)")},
            in_table AS (
                SELECT slug AS base, 1 AS n FROM initiatives
                UNION ALL
                SELECT substring(slug FROM '^(.*)-[0-9]+$'), substring(slug FROM '-([0-9]+)$')::int
                FROM initiatives WHERE slug ~ '-[0-9]+$' AND length(substring(slug FROM '-([0-9]+)$')) <= 9),
            in_file AS (
                SELECT substring(slug_base FROM '^(.*)-[0-9]+$') AS base, substring(slug_base FROM '-([0-9]+)$')::int AS n
                FROM {S} WHERE target_id IS NULL AND duplicate_of IS NULL AND slug_base ~ '-[0-9]+$'
                  AND length(substring(slug_base FROM '-([0-9]+)$')) <= 9),
            taken AS MATERIALIZED (SELECT c.slug_base, max(u.n) AS top FROM counts c JOIN in_table u ON u.base = c.slug_base GROUP BY c.slug_base),
            renumbered AS MATERIALIZED (SELECT slug_base FROM counts WHERE c > 1 UNION SELECT slug_base FROM taken),
            named AS MATERIALIZED (SELECT f.base AS slug_base, max(f.n) AS top FROM in_file f WHERE f.base IN (SELECT slug_base FROM renumbered) GROUP BY f.base),
            ranked AS (
                SELECT s.line, s.slug_base, row_number() OVER (PARTITION BY s.slug_base COLLATE "C" ORDER BY s.line) AS rank
                FROM {S} s
                WHERE s.target_id IS NULL AND s.duplicate_of IS NULL AND s.slug_base IN (SELECT slug_base FROM renumbered)),
            numbered AS (
                SELECT r.line, r.slug_base,
                    CASE WHEN t.top IS NOT NULL THEN greatest(t.top, coalesce(n.top, 0)) + r.rank
                         WHEN r.rank = 1 THEN 1
                         ELSE greatest(coalesce(n.top, 0), 1) + r.rank - 1 END AS n
                FROM ranked r LEFT JOIN taken t ON t.slug_base = r.slug_base LEFT JOIN named n ON n.slug_base = r.slug_base)
            UPDATE {S} s SET slug = CASE WHEN f.n = 1 THEN f.slug_base ELSE f.slug_base || '-' || f.n END
            FROM numbered f WHERE s.line = f.line
            """, ct);

    /// <summary>Inserts the new rows, with the slug <see cref="AllocateSlugsAsync"/> gave them or else their base: one pass, no join.</summary>
    public async Task<long> InsertNewAsync(string sourceRef, CancellationToken ct) =>
        await ExecuteAsync($"""
            INSERT INTO initiatives (id, slug, name, summary, description, location, region_code, department_code, themes, tags,
                network_code, external_id, legal_status, siret, status, commune, insee_code, postcode, street, email, phone, website,
                created_at, created_by, source_kind, source_ref, updated_at, updated_by)
            SELECT s.id, coalesce(s.slug, s.slug_base), s.name, s.summary, s.description, s.location, s.region_code, s.department_code, s.themes, s.tags,
                @network, s.external_id, s.legal_status, s.siret, s.status, s.commune, s.insee_code, s.postcode, s.street, s.email,
                s.phone, s.website, now(), @by, 1, @ref, now(), @by
            FROM {S} s
            WHERE s.target_id IS NULL AND s.duplicate_of IS NULL
            """, ct, ("ref", sourceRef));

    private static string Source(string column) =>
        column == "status" ? "CASE WHEN i.status = 3 THEN i.status ELSE s.status END" : $"s.{column}";

    /// <summary>
    /// The rule of <see cref="SamePlace.Agrees"/> in SQL, against the network's records: same name and postcode, and no
    /// disagreement on commune, street or position (100 m on the sphere, as <c>Distance.HaversineKm</c>). Among several
    /// records that agree, the one that agrees on most (commune, then street known and equal), then the nearest.
    /// </summary>
    private async Task MatchByNameAndPostcodeAsync(CancellationToken ct)
    {
        var existing = new List<(Guid Id, string Key, string? Commune, string? Street)>();
        await using (var read = new NpgsqlCommand("SELECT id, name, postcode, insee_code, commune, street FROM initiatives WHERE network_code = @network",
            connection, transaction) { CommandTimeout = 0 })
        {
            read.Parameters.AddWithValue("network", networkCode);
            await using var reader = await read.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                existing.Add((reader.GetGuid(0), IdentityKeys.NamePostcode(reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)),
                    IdentityKeys.Commune(reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4)),
                    IdentityKeys.Street(reader.IsDBNull(5) ? null : reader.GetString(5))));
            }
        }

        if (existing.Count == 0)
        {
            return;
        }

        await ExecuteAsync("CREATE TEMP TABLE import_existing_keys (id uuid NOT NULL, identity_key text NOT NULL, commune_key text, street_key text) ON COMMIT DROP", ct);
        await using (var copy = await UnboundedCopy.BeginAsync(connection, "COPY import_existing_keys (id, identity_key, commune_key, street_key) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var (id, key, commune, street) in existing)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(id, NpgsqlTypes.NpgsqlDbType.Uuid, ct);
                await copy.WriteAsync(key, NpgsqlTypes.NpgsqlDbType.Text, ct);
                StagingTable.WriteText(copy, commune);
                StagingTable.WriteText(copy, street);
            }

            await copy.CompleteAsync(ct);
        }

        await ExecuteAsync($"""
            UPDATE {S} s SET target_id = m.id
            FROM (SELECT DISTINCT ON (s.line) s.line, k.id
                  FROM {S} s JOIN import_existing_keys k ON k.identity_key = s.identity_key JOIN initiatives i ON i.id = k.id
                  WHERE s.external_id IS NULL AND s.duplicate_of IS NULL AND s.target_id IS NULL
                    AND (s.commune_key IS NULL OR k.commune_key IS NULL OR s.commune_key = k.commune_key)
                    AND (s.street_key IS NULL OR k.street_key IS NULL OR s.street_key = k.street_key)
                    AND (s.location IS NULL OR i.location IS NULL
                         OR ST_DWithin(s.location::geography, i.location::geography, {SamePlace.MaxMetres.ToString(System.Globalization.CultureInfo.InvariantCulture)}, false))
                  ORDER BY s.line, (s.commune_key = k.commune_key) IS TRUE DESC, (s.street_key = k.street_key) IS TRUE DESC,
                      ST_Distance(s.location::geography, i.location::geography, false) NULLS LAST, k.id) m
            WHERE s.line = m.line
            """, ct);
    }

    internal async Task<int> ExecuteAsync(string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        return await command.ExecuteNonQueryAsync(ct);
    }

    internal async Task<T> ScalarAsync<T>(string sql, CancellationToken ct)
    {
        await using var command = Command(sql, []);
        return (T)(await command.ExecuteScalarAsync(ct))!;
    }

    internal NpgsqlCommand Command(string sql, (string Name, object Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 };
        if (sql.Contains("@network", StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue("network", networkCode);
        }

        if (sql.Contains("@by", StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue("by", ImportUser);
        }

        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    private async Task<List<(long, long)>> ReadPairsAsync(string sql, CancellationToken ct)
    {
        var pairs = new List<(long, long)>();
        await using var command = Command(sql, []);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            pairs.Add((reader.GetInt64(0), reader.GetInt64(1)));
        }

        return pairs;
    }

    internal static bool SimilarNames(string a, string b)
    {
        var x = TextKey.Normalize(a);
        var y = TextKey.Normalize(b);
        if (x.Length == 0 || y.Length == 0)
        {
            return false;
        }

        if (x == y || (Math.Min(x.Length, y.Length) >= 6 && (x.Contains(y, StringComparison.Ordinal) || y.Contains(x, StringComparison.Ordinal))))
        {
            return true;
        }

        return Levenshtein(x, y) <= Math.Max(x.Length, y.Length) / 5;
    }

    private static int Levenshtein(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 40)
        {
            return int.MaxValue;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
