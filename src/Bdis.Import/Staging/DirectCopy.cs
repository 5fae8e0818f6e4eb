using Bdis.Import.Parsing;
using Bdis.Import.Reports;
using Npgsql;
using NpgsqlTypes;

namespace Bdis.Import.Staging;

/// <summary>
/// The direct load's COPY: rows <see cref="DirectRoute"/> proved safe are binary-copied straight into
/// <c>initiatives</c>, exactly as the merge's insert would write them (slug = slug base, provenance of the import,
/// transaction time); the others are set aside in the <see cref="SpillFile"/> for the staging table.
/// </summary>
public static class DirectCopy
{
    private const string Copy = """
        COPY initiatives (id, slug, name, summary, description, location, region_code, department_code, themes, tags,
            network_code, external_id, legal_status, siret, status, commune, insee_code, postcode, street, email, phone, website,
            created_at, created_by, source_kind, source_ref, updated_at, updated_by) FROM STDIN (FORMAT BINARY)
        """;

    /// <summary>Copies the batches as they come, counting what the public will see of them; returns the number of rows written to <c>initiatives</c>.</summary>
    public static async Task<long> RunAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IAsyncEnumerable<StagedRecord[]> batches,
        SpillFile spill, string networkCode, string sourceRef, PublicView view, CancellationToken ct)
    {
        // now() is the transaction's start time: the same value the merge's INSERT would write.
        DateTime now;
        await using (var command = new NpgsqlCommand("SELECT now()", connection, transaction))
        {
            now = (DateTime)(await command.ExecuteScalarAsync(ct))!;
        }

        long written = 0;
        await using var w = await UnboundedCopy.BeginAsync(connection, Copy, ct);
        await foreach (var batch in batches.WithCancellation(ct))
        {
            foreach (var record in batch)
            {
                if (!record.Direct)
                {
                    spill.Write(record);
                    continue;
                }

                Write(w, record, now, networkCode, sourceRef);
                PublicCounts.AddNew(record, view);
                written++;
            }
        }

        await w.CompleteAsync(ct);
        return written;
    }

    private static void Write(NpgsqlBinaryImporter w, StagedRecord r, DateTime now, string networkCode, string sourceRef)
    {
        var i = r.Initiative;
        w.StartRow();
        w.Write(i.Id, NpgsqlDbType.Uuid);
        w.Write(r.SlugBase, NpgsqlDbType.Text);
        w.Write(i.Name, NpgsqlDbType.Text);
        StagingTable.WriteText(w, i.Summary);
        StagingTable.WriteText(w, i.Description);
        if (i.Location is null)
        {
            w.WriteNull();
        }
        else
        {
            w.Write(i.Location, NpgsqlDbType.Geometry);
        }

        StagingTable.WriteText(w, i.RegionCode);
        StagingTable.WriteText(w, i.DepartmentCode);
        w.Write(i.Themes, NpgsqlDbType.Array | NpgsqlDbType.Text);
        w.Write(i.Tags, NpgsqlDbType.Array | NpgsqlDbType.Text);
        w.Write(networkCode, NpgsqlDbType.Text);
        StagingTable.WriteText(w, i.ExternalId);
        w.Write((int)i.LegalStatus, NpgsqlDbType.Integer);
        StagingTable.WriteText(w, i.Siret);
        w.Write((int)i.Status, NpgsqlDbType.Integer);
        StagingTable.WriteText(w, i.Address.Commune);
        StagingTable.WriteText(w, i.Address.InseeCode);
        StagingTable.WriteText(w, i.Address.Postcode);
        StagingTable.WriteText(w, i.Address.Street);
        StagingTable.WriteText(w, i.Contacts.Email);
        StagingTable.WriteText(w, i.Contacts.Phone);
        StagingTable.WriteText(w, i.Contacts.Website);
        w.Write(now, NpgsqlDbType.TimestampTz);
        w.Write(Merger.ImportUser, NpgsqlDbType.Text);
        w.Write(1, NpgsqlDbType.Integer);
        w.Write(sourceRef, NpgsqlDbType.Text);
        w.Write(now, NpgsqlDbType.TimestampTz);
        w.Write(Merger.ImportUser, NpgsqlDbType.Text);
    }
}
