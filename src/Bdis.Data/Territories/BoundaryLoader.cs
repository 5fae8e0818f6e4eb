using System.Text.Json;
using Bdis.Core.Reference;
using Bdis.Core.Territories;
using Bdis.Core.Validation;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using Npgsql;

namespace Bdis.Data.Territories;

/// <summary>
/// Loads region or department outlines from a GeoJSON FeatureCollection (WGS84, a "code" property holding the INSEE
/// code, as IGN Admin Express derived files have). Replaces the outlines of that kind in one transaction.
/// </summary>
public static class BoundaryLoader
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new GeoJsonConverterFactory() } };

    public static async Task<BoundaryLoadResult> LoadAsync(
        NpgsqlDataSource dataSource, Stream geoJson, string kind, Referentials referentials, CancellationToken ct)
    {
        if (kind is not (TerritoryBoundary.RegionKind or TerritoryBoundary.DepartmentKind))
        {
            throw new BdisValidationException("kind", "invalid_kind", "Le type de contour doit être « region » ou « department ».");
        }

        FeatureCollection? features;
        try
        {
            features = await JsonSerializer.DeserializeAsync<FeatureCollection>(geoJson, Options, ct);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The file is not a GeoJSON FeatureCollection: {e.Message}", e);
        }

        if (features is null || features.Count == 0)
        {
            throw new InvalidDataException("The GeoJSON file holds no feature.");
        }

        var skipped = new List<string>();
        var rows = new List<(string Code, string Name, Geometry Outline)>();
        foreach (var feature in features)
        {
            var code = Attribute(feature, "code") ?? Attribute(feature, "insee") ?? Attribute(feature, "INSEE_DEP") ?? Attribute(feature, "INSEE_REG");
            var name = Attribute(feature, "nom") ?? Attribute(feature, "name") ?? code;
            var known = kind == TerritoryBoundary.RegionKind
                ? referentials.Territories.FindRegion(code)?.Code
                : code is null ? null : referentials.Territories.FindDepartment(TerritoryReferential.NormalizeDepartmentCode(code))?.Code;
            if (known is null || feature.Geometry is not (Polygon or MultiPolygon))
            {
                skipped.Add($"{code ?? "(sans code)"}: {(known is null ? "code inconnu du référentiel" : "géométrie non surfacique")}");
                continue;
            }

            feature.Geometry.SRID = Core.Geo.GeoFactory.Wgs84Srid;
            rows.Add((known, name ?? known, feature.Geometry));
        }

        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var delete = new NpgsqlCommand("DELETE FROM territory_boundaries WHERE kind = $1", connection, transaction))
        {
            delete.Parameters.Add(new NpgsqlParameter { Value = kind });
            await delete.ExecuteNonQueryAsync(ct);
        }

        foreach (var (code, name, outline) in rows)
        {
            // ST_MakeValid: published outlines often have self-intersections that would break ST_Covers.
            await using var insert = new NpgsqlCommand(
                "INSERT INTO territory_boundaries (kind, code, name, outline) VALUES ($1, $2, $3, ST_MakeValid($4)) " +
                "ON CONFLICT (kind, code) DO UPDATE SET name = EXCLUDED.name, outline = ST_Union(territory_boundaries.outline, EXCLUDED.outline)",
                connection, transaction);
            insert.Parameters.Add(new NpgsqlParameter { Value = kind });
            insert.Parameters.Add(new NpgsqlParameter { Value = code });
            insert.Parameters.Add(new NpgsqlParameter { Value = name.Length > 200 ? name[..200] : name });
            insert.Parameters.Add(new NpgsqlParameter { Value = outline });
            await insert.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
        return new BoundaryLoadResult(rows.Count, skipped);
    }

    private static string? Attribute(IFeature feature, string name) =>
        feature.Attributes is { } attributes && attributes.Exists(name) ? attributes[name]?.ToString() : null;
}
