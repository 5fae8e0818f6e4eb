using Bdis.Core.Geo;
using Npgsql;
using NpgsqlTypes;

namespace Bdis.Import.Bench;

/// <summary>
/// The baselines: the same rows, already clean, binary-COPied straight into <c>initiatives</c> (triggers included), either
/// into its indexes as they stand, or with the secondary indexes dropped before and rebuilt after, as the import's bulk
/// path does. The second is what any importer could at best do on this server with this schema: no parsing, no checks.
/// </summary>
public static class RawCopy
{
    public static async Task RunAsync(NpgsqlDataSource dataSource, long rows, bool rebuildIndexes, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var bulk = new Staging.BulkLoad();
        if (rebuildIndexes)
        {
            if (!await bulk.TryLockAsync(connection, transaction, ct))
            {
                throw new InvalidOperationException("The benchmark's scratch table is busy.");
            }

            await bulk.PrepareAsync(connection, transaction, ct);
        }

        await using (var w = await Staging.UnboundedCopy.BeginAsync(connection, """
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

        if (rebuildIndexes)
        {
            await bulk.CompleteAsync(connection, transaction, ct);
        }

        await transaction.CommitAsync(ct);
    }
}
