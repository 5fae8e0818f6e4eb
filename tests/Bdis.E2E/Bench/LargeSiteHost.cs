using System.Globalization;
using Bdis.Core.Reference;
using Bdis.Data.Seeding;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Bdis.E2E.Bench;

/// <summary>
/// The host on a database of N generated initiatives: the demo records, each copied many times with a new slug, name
/// suffix and a position moved by up to ±0.15° (so clusters spread like the demo data, over all regions). Inserted with
/// SQL before the host starts, so the index is built from scratch as on a first deployment.
/// </summary>
public sealed class LargeSiteHost : SiteHost
{
    public static long? RequestedRecords =>
        long.TryParse(Environment.GetEnvironmentVariable(BenchFactAttribute.Variable), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : null;

    public long Records { get; private set; }

    public TimeSpan GenerationTime { get; private set; }

    protected override long MinimumDocuments => (long)(Records * 0.9);

    protected override TimeSpan StartTimeout => TimeSpan.FromMinutes(15);

    public override Task InitializeAsync() => RequestedRecords is null ? Task.CompletedTask : base.InitializeAsync();

    public override Task DisposeAsync() => RequestedRecords is null ? Task.CompletedTask : base.DisposeAsync();

    protected override async Task PrepareDatabaseAsync(string connectionString)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        await DemoSeeder.SeedIfEmptyAsync(connectionString, Referentials.Load(), NullLogger.Instance, CancellationToken.None);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var count = new NpgsqlCommand("SELECT count(*) FROM initiatives WHERE location IS NOT NULL AND status = 2", connection))
        {
            var placed = (long)(await count.ExecuteScalarAsync())!;
            var copies = (int)Math.Ceiling((RequestedRecords!.Value - placed) / (double)placed);
            await using var insert = new NpgsqlCommand(
                """
                INSERT INTO initiatives (id, slug, name, summary, description, location, region_code, department_code, themes, tags,
                    network_code, external_id, legal_status, siret, status, commune, insee_code, postcode, street, email, phone, website,
                    created_at, created_by, source_kind, source_ref, updated_at, updated_by)
                SELECT gen_random_uuid(), left(i.slug, 90) || '-g' || g, i.name || ' ' || g, i.summary, i.description,
                    ST_SetSRID(ST_MakePoint(ST_X(i.location) + (random() - 0.5) * 0.3, ST_Y(i.location) + (random() - 0.5) * 0.3), 4326),
                    i.region_code, i.department_code, i.themes, i.tags, i.network_code, NULL, i.legal_status, NULL, i.status,
                    i.commune, i.insee_code, i.postcode, i.street, i.email, i.phone, i.website,
                    i.created_at, i.created_by, i.source_kind, 'bench', now(), i.updated_by
                FROM initiatives i CROSS JOIN generate_series(1, @copies) g
                WHERE i.location IS NOT NULL AND i.status = 2
                """, connection) { CommandTimeout = 900 };
            insert.Parameters.AddWithValue("copies", copies);
            await insert.ExecuteNonQueryAsync();
        }

        await using var total = new NpgsqlCommand("SELECT count(*) FROM initiatives", connection);
        Records = (long)(await total.ExecuteScalarAsync())!;
        GenerationTime = started.Elapsed;
    }
}
