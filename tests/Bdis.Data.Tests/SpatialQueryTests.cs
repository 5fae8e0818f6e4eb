using Bdis.Core.Geo;
using Bdis.Core.Initiatives;
using Bdis.Core.Networks;
using Bdis.Testing;
using Microsoft.EntityFrameworkCore;

namespace Bdis.Data.Tests;

public sealed class SpatialQueryTests(PostgisFixture db) : IClassFixture<PostgisFixture>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await using var ctx = db.CreateContext();
        if (await ctx.Networks.AnyAsync())
        {
            return;
        }

        ctx.Networks.Add(new Network { Code = "APEAS", Name = "APEAS", Regions = ["93"] });
        ctx.Initiatives.AddRange(
            Place("ressourcerie-aix", "Ressourcerie d'Aix", 5.4474, 43.5297),
            Place("amap-marseille", "AMAP de Marseille", 5.3698, 43.2965),
            Place("tiers-lieu-gardanne", "Tiers-lieu de Gardanne", 5.4691, 43.4548),
            Place("epicerie-avignon", "Épicerie d'Avignon", 4.8055, 43.9493),
            Place("pas-encore-placee", "Pas encore placée", null, null));
        await ctx.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Initiatives_within_15_km_of_Aix_are_Aix_and_Gardanne_only()
    {
        await using var ctx = db.CreateContext();
        var aix = GeoFactory.Point(5.4474, 43.5297);

        // ST_DWithin on geography: metres on the spheroid. Gardanne is ~9 km away, Marseille ~27 km.
        var names = await ctx.Initiatives
            .Where(i => i.Location != null && EF.Functions.IsWithinDistance(i.Location, aix, 15_000, true))
            .OrderBy(i => i.Name).Select(i => i.Name).ToListAsync();

        Assert.Equal(["Ressourcerie d'Aix", "Tiers-lieu de Gardanne"], names);
    }

    [Fact]
    public async Task Nearest_first_ordering_uses_the_real_distance()
    {
        await using var ctx = db.CreateContext();
        var avignon = GeoFactory.Point(4.8055, 43.9493);

        var names = await ctx.Initiatives.Where(i => i.Location != null)
            .OrderBy(i => EF.Functions.Distance(i.Location!, avignon, true))
            .Select(i => i.Name).ToListAsync();

        Assert.Equal(["Épicerie d'Avignon", "Ressourcerie d'Aix", "Tiers-lieu de Gardanne", "AMAP de Marseille"], names);
    }

    [Fact]
    public async Task Bounding_box_around_Marseille_and_Aix_returns_exactly_those_inside()
    {
        await using var ctx = db.CreateContext();
        var box = GeoFactory.Box(5.2, 43.2, 5.5, 43.6);

        var names = await ctx.Initiatives
            .Where(i => i.Location != null && i.Location.Intersects(box))
            .OrderBy(i => i.Name).Select(i => i.Name).ToListAsync();

        Assert.Equal(["AMAP de Marseille", "Ressourcerie d'Aix", "Tiers-lieu de Gardanne"], names);
    }

    [Fact]
    public async Task Sphere_distance_in_PostGIS_matches_the_haversine_formula()
    {
        var km = await db.ScalarAsync<double>(
            "SELECT ST_DistanceSphere(ST_SetSRID(ST_MakePoint(5.4474, 43.5297), 4326), ST_SetSRID(ST_MakePoint(5.3698, 43.2965), 4326)) / 1000");

        Assert.InRange(km, Distance.HaversineKm(43.5297, 5.4474, 43.2965, 5.3698) - 0.05, Distance.HaversineKm(43.5297, 5.4474, 43.2965, 5.3698) + 0.05);
        Assert.InRange(km, 26, 28);
    }

    private static Initiative Place(string slug, string name, double? lon, double? lat) => new()
    {
        Slug = slug,
        Name = name,
        NetworkCode = "APEAS",
        Themes = ["ressourcerie"],
        Status = InitiativeStatus.Published,
        Location = lon is null ? null : GeoFactory.Point(lon.Value, lat!.Value),
    };
}
