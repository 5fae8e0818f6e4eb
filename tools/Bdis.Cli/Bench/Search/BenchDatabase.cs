using System.Diagnostics;
using Bdis.Core.Geo;
using Bdis.Core.Reference;
using Bdis.Data;
using Bdis.Data.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace Bdis.Cli.Bench.Search;

/// <summary>
/// The benchmark's own database (default "bdis_bench", next to the product database): migrated, filled with N
/// synthetic initiatives by binary COPY, plus the baseline's full-text column (tsvector over unaccented French text,
/// GIN-indexed). Reused when it already holds the same N records of the same generator version.
/// </summary>
public sealed class BenchDatabase(string connectionString, ILogger logger)
{
    private const int GeneratorVersion = 1;

    public string ConnectionString { get; } = connectionString;

    public static async Task<BenchDatabase> OpenAsync(string productConnectionString, string name, ILogger logger, CancellationToken ct)
    {
        var builder = new NpgsqlConnectionStringBuilder(productConnectionString);
        var maintenance = new NpgsqlConnectionStringBuilder(productConnectionString) { Database = "postgres" }.ConnectionString;
        await BdisDatabase.EnsureDatabaseAsync(maintenance, name, ct);
        builder.Database = name;
        builder.CommandTimeout = 0;
        await DatabaseMigrator.MigrateAsync(builder.ConnectionString, logger, ct);
        return new BenchDatabase(builder.ConnectionString, logger);
    }

    /// <returns>Seconds spent loading, or null when the data was already there.</returns>
    public async Task<double?> EnsureLoadedAsync(int size, Referentials referentials, string dataFolder, bool force, CancellationToken ct)
    {
        await using var dataSource = BdisDbContextOptions.CreateDataSource(ConnectionString);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await ExecAsync(connection, "CREATE TABLE IF NOT EXISTS bench_meta (size int NOT NULL, version int NOT NULL)", ct);
        await using (var check = new NpgsqlCommand("SELECT size, version FROM bench_meta", connection))
        await using (var reader = await check.ExecuteReaderAsync(ct))
        {
            if (!force && await reader.ReadAsync(ct) && reader.GetInt32(0) == size && reader.GetInt32(1) == GeneratorVersion)
            {
                return null;
            }
        }

        var clock = Stopwatch.StartNew();
        await ExecAsync(connection, """
            CREATE EXTENSION IF NOT EXISTS unaccent;
            CREATE OR REPLACE FUNCTION bench_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
              AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
            DROP INDEX IF EXISTS ix_bench_fts;
            TRUNCATE initiatives, change_log, bench_meta;
            DELETE FROM networks;
            ALTER TABLE initiatives DROP COLUMN IF EXISTS fts;
            ALTER TABLE initiatives ADD COLUMN fts tsvector GENERATED ALWAYS AS (
              setweight(to_tsvector('french', bench_unaccent(name)), 'A') ||
              setweight(to_tsvector('french', bench_unaccent(coalesce(summary, '') || ' ' || coalesce(description, ''))), 'B')) STORED;
            ALTER TABLE initiatives DISABLE TRIGGER USER;
            """, ct);
        var regions = referentials.Territories.Regions.Select(r => SyntheticInitiatives.NetworkOf(r.Code)).Concat(SyntheticInitiatives.NationalNetworks);
        foreach (var code in regions)
        {
            await using var insert = new NpgsqlCommand("INSERT INTO networks (code, name, regions, created_at) VALUES ($1, $2, '{}', now())", connection)
            {
                Parameters = { new() { Value = code }, new() { Value = $"Réseau {code}" } },
            };
            await insert.ExecuteNonQueryAsync(ct);
        }

        var generator = new SyntheticInitiatives(referentials, dataFolder);
        await using (var copy = await connection.BeginBinaryImportAsync("""
            COPY initiatives (id, slug, name, summary, description, street, postcode, commune, insee_code, location, region_code,
              department_code, themes, tags, network_code, legal_status, status, email, website, source_kind, created_at, updated_at)
            FROM STDIN (FORMAT BINARY)
            """, ct))
        {
            var now = DateTimeOffset.UtcNow;
            foreach (var r in generator.Generate(size))
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(r.Id, NpgsqlDbType.Uuid, ct);
                await copy.WriteAsync(r.Slug, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(r.Name, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(r.Summary, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(r.Description, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(r.Street, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(r.Postcode, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(r.Commune, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(r.Insee, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(GeoFactory.Point(r.Lon, r.Lat), NpgsqlDbType.Geometry, ct);
                await copy.WriteAsync(r.Region, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(r.Department, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(r.Themes, NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
                await copy.WriteAsync(Array.Empty<string>(), NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
                await copy.WriteAsync(r.Network, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync((int)r.LegalStatus, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync((int)r.Status, NpgsqlDbType.Integer, ct);
                await WriteNullableAsync(copy, r.Email, ct);
                await WriteNullableAsync(copy, r.Website, ct);
                await copy.WriteAsync(1, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
            }

            await copy.CompleteAsync(ct);
        }

        logger.LogWarning("Loaded {Size} synthetic initiatives in {Seconds:0.0} s; indexing the baseline", size, clock.Elapsed.TotalSeconds);
        await ExecAsync(connection, """
            ALTER TABLE initiatives ENABLE TRIGGER USER;
            CREATE INDEX ix_bench_fts ON initiatives USING gin (fts);
            ANALYZE initiatives;
            """, ct);
        await using (var meta = new NpgsqlCommand($"INSERT INTO bench_meta VALUES ({size}, {GeneratorVersion})", connection))
        {
            await meta.ExecuteNonQueryAsync(ct);
        }

        return clock.Elapsed.TotalSeconds;
    }

    private static async Task WriteNullableAsync(NpgsqlBinaryImporter copy, string? value, CancellationToken ct)
    {
        if (value is null)
        {
            await copy.WriteNullAsync(ct);
        }
        else
        {
            await copy.WriteAsync(value, NpgsqlDbType.Varchar, ct);
        }
    }

    private static async Task ExecAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(ct);
    }
}
