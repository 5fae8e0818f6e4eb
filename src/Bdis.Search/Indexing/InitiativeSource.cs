using Bdis.Core.Initiatives;
using Npgsql;

namespace Bdis.Search.Indexing;

/// <summary>Reads published initiatives from PostgreSQL, the source of truth, with plain SQL (fast at a million rows).</summary>
public static class InitiativeSource
{
    private const string Columns = """
        id, slug, name, summary, description, street, postcode, commune, insee_code,
        ST_X(location), ST_Y(location), region_code, department_code, themes, tags, network_code, legal_status,
        (website IS NOT NULL OR email IS NOT NULL OR phone IS NOT NULL), updated_at
        """;

    private static readonly int PublishedStatus = (int)InitiativeStatus.Published;

    /// <summary>Synchronous full read, in batches, for the bulk build (no async machinery per row).</summary>
    public static IEnumerable<List<IndexedInitiative>> ReadAllPublishedInBatches(NpgsqlConnection connection, NpgsqlTransaction transaction, int batchSize)
    {
        using var command = new NpgsqlCommand($"SELECT {Columns} FROM initiatives WHERE status = {PublishedStatus}", connection, transaction);
        using var reader = command.ExecuteReader();
        var batch = new List<IndexedInitiative>(batchSize);
        while (reader.Read())
        {
            batch.Add(Read(reader));
            if (batch.Count == batchSize)
            {
                yield return batch;
                batch = new List<IndexedInitiative>(batchSize);
            }
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    /// <summary>The current published rows among <paramref name="ids"/>; ids absent from the result are to be removed.</summary>
    public static async Task<List<IndexedInitiative>> ReadPublishedAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var result = new List<IndexedInitiative>(ids.Count);
        await using var command = new NpgsqlCommand(
            $"SELECT {Columns} FROM initiatives WHERE id = ANY($1) AND status = {PublishedStatus}", connection, transaction)
        {
            Parameters = { new() { Value = ids.ToArray() } },
        };
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            result.Add(Read(reader));
        }

        return result;
    }

    private static IndexedInitiative Read(NpgsqlDataReader r) => new()
    {
        Id = r.GetGuid(0),
        Slug = r.GetString(1),
        Name = r.GetString(2),
        Summary = r.IsDBNull(3) ? null : r.GetString(3),
        Description = r.IsDBNull(4) ? null : r.GetString(4),
        Street = r.IsDBNull(5) ? null : r.GetString(5),
        Postcode = r.IsDBNull(6) ? null : r.GetString(6),
        Commune = r.IsDBNull(7) ? null : r.GetString(7),
        InseeCode = r.IsDBNull(8) ? null : r.GetString(8),
        Lon = r.IsDBNull(9) ? null : r.GetDouble(9),
        Lat = r.IsDBNull(10) ? null : r.GetDouble(10),
        RegionCode = r.IsDBNull(11) ? null : r.GetString(11),
        DepartmentCode = r.IsDBNull(12) ? null : r.GetString(12),
        Themes = r.IsDBNull(13) ? [] : r.GetFieldValue<string[]>(13),
        Tags = r.IsDBNull(14) ? [] : r.GetFieldValue<string[]>(14),
        NetworkCode = r.GetString(15),
        LegalStatusCode = LegalStatuses.Code((LegalStatus)r.GetInt32(16)),
        HasContact = r.GetBoolean(17),
        UpdatedAt = r.IsDBNull(18) ? null : r.GetDateTime(18),
    };
}
