using Bdis.Core.Geo;
using Npgsql;
using NpgsqlTypes;

namespace Bdis.Import.Bench;

/// <summary>The baseline: the same rows, already clean, binary-COPied straight into <c>initiatives</c> (indexes and triggers included).</summary>
public static class RawCopy
{
    public static async Task RunAsync(NpgsqlDataSource dataSource, long rows, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var w = await connection.BeginBinaryImportAsync("""
            COPY initiatives (id, slug, name, street, postcode, commune, insee_code, department_code, region_code, location, themes, tags,
                network_code, external_id, website, email, phone, legal_status, status, created_at, created_by, source_kind, source_ref,
                updated_at, updated_by) FROM STDIN (FORMAT BINARY)
            """, ct))
        {
            var now = DateTimeOffset.UtcNow;
            string[] noTags = [];
            for (long i = 0; i < rows; i++)
            {
                var r = BenchRows.Row(i);
                await w.StartRowAsync(ct);
                w.Write(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                w.Write(r.Slug, NpgsqlDbType.Text);
                w.Write(r.Name, NpgsqlDbType.Text);
                w.Write(r.Street, NpgsqlDbType.Text);
                w.Write(r.Postcode, NpgsqlDbType.Text);
                w.Write(r.Commune, NpgsqlDbType.Text);
                w.Write(r.Insee, NpgsqlDbType.Text);
                w.Write(r.Department, NpgsqlDbType.Text);
                w.Write(r.Region, NpgsqlDbType.Text);
                w.Write(GeoFactory.Factory.CreatePoint(new NetTopologySuite.Geometries.Coordinate(r.Longitude, r.Latitude)), NpgsqlDbType.Geometry);
                w.Write(new[] { r.ThemeCode }, NpgsqlDbType.Array | NpgsqlDbType.Text);
                w.Write(noTags, NpgsqlDbType.Array | NpgsqlDbType.Text);
                w.Write(BenchRows.Network, NpgsqlDbType.Text);
                w.Write(r.ExternalId, NpgsqlDbType.Text);
                w.Write(r.Website, NpgsqlDbType.Text);
                w.Write(r.Email, NpgsqlDbType.Text);
                w.Write(r.Phone, NpgsqlDbType.Text);
                w.Write(1, NpgsqlDbType.Integer);
                w.Write(2, NpgsqlDbType.Integer);
                w.Write(now, NpgsqlDbType.TimestampTz);
                w.Write("bench", NpgsqlDbType.Text);
                w.Write(1, NpgsqlDbType.Integer);
                w.Write("bench", NpgsqlDbType.Text);
                w.Write(now, NpgsqlDbType.TimestampTz);
                w.Write("bench", NpgsqlDbType.Text);
            }

            await w.CompleteAsync(ct);
        }

        await transaction.CommitAsync(ct);
    }
}
