using Bdis.Import.Parsing;
using Npgsql;
using NpgsqlTypes;

namespace Bdis.Import.Staging;

/// <summary>The transaction's temporary table that accepted rows are copied into (binary COPY) before one set-based merge.</summary>
public static class StagingTable
{
    public const string Name = "import_staging";

    private const string Columns =
        "line, id, identity_key, slug_base, name, summary, description, street, postcode, commune, insee_code, location, " +
        "region_code, department_code, themes, tags, external_id, website, email, phone, legal_status, siret, status, first_line, first_id, " +
        "commune_key, street_key";

    public static async Task CreateAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        const string sql = $"""
            CREATE TEMP TABLE {Name} (
                line bigint NOT NULL, id uuid NOT NULL, identity_key text NOT NULL, slug_base text NOT NULL,
                name text NOT NULL, summary text, description text, street text, postcode text, commune text, insee_code text,
                location geometry(Point, 4326), region_code text, department_code text, themes text[] NOT NULL, tags text[] NOT NULL,
                external_id text, website text, email text, phone text, legal_status integer NOT NULL, siret text, status integer NOT NULL,
                first_line bigint, first_id uuid, commune_key text, street_key text, target_id uuid, duplicate_of bigint, slug text
            ) ON COMMIT DROP
            """;
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Copies batches as they come, so parsing and writing overlap and memory stays bounded.</summary>
    public static async Task CopyAsync(NpgsqlConnection connection, IAsyncEnumerable<StagedRecord[]> batches, CancellationToken ct)
    {
        await using var writer = await UnboundedCopy.BeginAsync(connection, $"COPY {Name} ({Columns}) FROM STDIN (FORMAT BINARY)", ct);
        await foreach (var batch in batches.WithCancellation(ct))
        {
            foreach (var record in batch)
            {
                Write(writer, record);
            }
        }

        await writer.CompleteAsync(ct);
    }

    private static void Write(NpgsqlBinaryImporter w, StagedRecord r)
    {
        var i = r.Initiative;
        w.StartRow();
        w.Write(r.Line, NpgsqlDbType.Bigint);
        w.Write(i.Id, NpgsqlDbType.Uuid);
        w.Write(r.IdentityKey, NpgsqlDbType.Text);
        w.Write(r.SlugBase, NpgsqlDbType.Text);
        w.Write(i.Name, NpgsqlDbType.Text);
        WriteText(w, i.Summary);
        WriteText(w, i.Description);
        WriteText(w, i.Address.Street);
        WriteText(w, i.Address.Postcode);
        WriteText(w, i.Address.Commune);
        WriteText(w, i.Address.InseeCode);
        if (i.Location is null)
        {
            w.WriteNull();
        }
        else
        {
            w.Write(i.Location, NpgsqlDbType.Geometry);
        }

        WriteText(w, i.RegionCode);
        WriteText(w, i.DepartmentCode);
        w.Write(i.Themes, NpgsqlDbType.Array | NpgsqlDbType.Text);
        w.Write(i.Tags, NpgsqlDbType.Array | NpgsqlDbType.Text);
        WriteText(w, i.ExternalId);
        WriteText(w, i.Contacts.Website);
        WriteText(w, i.Contacts.Email);
        WriteText(w, i.Contacts.Phone);
        w.Write((int)i.LegalStatus, NpgsqlDbType.Integer);
        WriteText(w, i.Siret);
        w.Write((int)i.Status, NpgsqlDbType.Integer);
        if (r.FirstOfIdentity is { } first)
        {
            w.Write(first.Line, NpgsqlDbType.Bigint);
            w.Write(first.Id, NpgsqlDbType.Uuid);
        }
        else
        {
            w.WriteNull();
            w.WriteNull();
        }

        // Only rows without an id are told apart by their place (SamePlace); the keys cost nothing to rows with one.
        if (i.ExternalId is null)
        {
            WriteText(w, IdentityKeys.Commune(i.Address.InseeCode, i.Address.Commune));
            WriteText(w, IdentityKeys.Street(i.Address.Street));
        }
        else
        {
            w.WriteNull();
            w.WriteNull();
        }
    }

    internal static void WriteText(NpgsqlBinaryImporter w, string? value)
    {
        if (value is null)
        {
            w.WriteNull();
        }
        else
        {
            w.Write(value, NpgsqlDbType.Text);
        }
    }
}
