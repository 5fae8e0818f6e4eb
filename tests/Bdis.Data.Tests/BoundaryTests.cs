using System.Text;
using Bdis.Core.Geo;
using Bdis.Core.Initiatives;
using Bdis.Core.Networks;
using Bdis.Data.Stores;
using Bdis.Data.Territories;
using Bdis.Testing;
using Microsoft.EntityFrameworkCore;

namespace Bdis.Data.Tests;

public sealed class BoundaryTests(PostgisFixture db) : IClassFixture<PostgisFixture>
{
    // A square around Aix-en-Provence standing for department 13, and a self-intersecting "bow tie" that must be repaired.
    private const string SmallFile = """
        {"type":"FeatureCollection","features":[
          {"type":"Feature","properties":{"code":"13","nom":"Bouches-du-Rh\u00f4ne"},
           "geometry":{"type":"Polygon","coordinates":[[[5.0,43.2],[5.8,43.2],[5.8,43.8],[5.0,43.8],[5.0,43.2]]]}},
          {"type":"Feature","properties":{"code":"84","nom":"Vaucluse"},
           "geometry":{"type":"Polygon","coordinates":[[[4.6,43.9],[5.6,44.4],[5.6,43.9],[4.6,44.4],[4.6,43.9]]]}},
          {"type":"Feature","properties":{"code":"978","nom":"Saint-Martin"},
           "geometry":{"type":"Polygon","coordinates":[[[-63.2,18.0],[-63.0,18.0],[-63.0,18.1],[-63.2,18.0]]]}}
        ]}
        """;

    [Fact]
    public async Task Outlines_load_skip_unknown_codes_and_place_records_by_location()
    {
        await using var dataSource = db.CreateDataSource();
        var result = await BoundaryLoader.LoadAsync(dataSource, new MemoryStream(Encoding.UTF8.GetBytes(SmallFile)), "department", db.Referentials, default);

        Assert.Equal(2, result.Loaded);
        Assert.StartsWith("978", Assert.Single(result.Skipped));
        Assert.True(await db.ScalarAsync<bool>("SELECT bool_and(ST_IsValid(outline)) FROM territory_boundaries"));

        await using var ctx = db.CreateContext();
        ctx.Networks.Add(new Network { Code = "APEAS", Name = "APEAS", Regions = ["93"] });
        await ctx.SaveChangesAsync();
        var noPostcode = new Initiative
        {
            Name = "Tiers-lieu sans adresse",
            NetworkCode = "APEAS",
            Themes = ["tiers-lieu"],
            Location = GeoFactory.Point(5.4474, 43.5297),
        };
        await new InitiativeStore(ctx, db.Referentials).CreateAsync(noPostcode, "test", default);
        Assert.Equal(("13", "93"), (noPostcode.DepartmentCode, noPostcode.RegionCode));
    }

    [Fact]
    public async Task A_file_that_is_not_GeoJSON_is_a_clear_error()
    {
        await using var dataSource = db.CreateDataSource();
        var e = await Assert.ThrowsAsync<InvalidDataException>(() =>
            BoundaryLoader.LoadAsync(dataSource, new MemoryStream([0x00, 0xFF, 0x12]), "region", db.Referentials, default));
        Assert.StartsWith("The file is not a GeoJSON FeatureCollection", e.Message);
    }

    [SkippableSharedDataFact]
    public async Task The_real_department_outlines_place_Corsican_and_overseas_points()
    {
        await using var dataSource = db.CreateDataSource();
        await using (var file = File.OpenRead(SharedData.PathTo("boundaries/departements-avec-outre-mer.geojson")!))
        {
            var result = await BoundaryLoader.LoadAsync(dataSource, file, "department", db.Referentials, default);
            Assert.Equal(101, result.Loaded);
        }

        await using (var file = File.OpenRead(SharedData.PathTo("boundaries/regions-avec-outre-mer.geojson")!))
        {
            Assert.Equal(18, (await BoundaryLoader.LoadAsync(dataSource, file, "region", db.Referentials, default)).Loaded);
        }

        await using var connection = await dataSource.OpenConnectionAsync();
        Assert.Equal(("2A", "94"), await TerritoryLocator.LocateAsync(connection, GeoFactory.Point(8.7369, 41.9192), default)); // Ajaccio
        Assert.Equal(("2B", "94"), await TerritoryLocator.LocateAsync(connection, GeoFactory.Point(9.4500, 42.6970), default)); // Bastia
        Assert.Equal(("974", "04"), await TerritoryLocator.LocateAsync(connection, GeoFactory.Point(55.4504, -20.8823), default)); // Saint-Denis
        Assert.Equal(("13", "93"), await TerritoryLocator.LocateAsync(connection, GeoFactory.Point(5.4474, 43.5297), default));
        Assert.Equal(((string?)null, (string?)null), await TerritoryLocator.LocateAsync(connection, GeoFactory.Point(-30, 40), default)); // Atlantic
    }
}
