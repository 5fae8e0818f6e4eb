using Microsoft.Extensions.DependencyInjection;
using Bdis.Search.Contracts;

namespace Bdis.Search.Tests;

/// <summary>What the map draws from the clusters of the demo data: no marker over another, and a theme for each.</summary>
public sealed class ClusterLayoutTests(DemoSearchFixture demo) : IClassFixture<DemoSearchFixture>
{
    // Viewports a visitor meets: France, a region, a city, at the zooms the map uses for them; some shifted by a few
    // kilometres so that points fall on both sides of the grid's cell borders.
    public static TheoryData<double, double, double, double, int> Viewports => new()
    {
        { -5.3, 41.2, 9.7, 51.2, 5 },
        { -5.3, 41.2, 9.7, 51.2, 6 },
        { -4.9, 41.5, 10.1, 51.5, 6 },
        { 4.2, 42.9, 7.8, 44.9, 8 },
        { 4.3, 43.0, 7.9, 45.0, 9 },
        { 5.0, 43.1, 5.9, 43.8, 10 },
        { 5.2, 43.4, 5.6, 43.6, 12 },
        { 2.1, 48.7, 2.6, 49.0, 11 },
        { -1.9, 47.0, 1.9, 49.0, 8 },
    };

    [Theory]
    [MemberData(nameof(Viewports))]
    public void Markers_of_a_viewport_never_overlap_and_clusters_carry_their_dominant_theme(double west, double south, double east, double north, int zoom)
    {
        var result = demo.Host.Search.Clusters(new ClusterQuery { Bbox = new BoundingBox(west, south, east, north), Zoom = zoom });

        Assert.Equal(result.Total, result.Features.Sum(f => f.Count));
        var placed = result.Features.Select(f => (f.Count, Pixel: Pixel(f.Position, zoom))).ToList();
        for (var i = 0; i < placed.Count; i++)
        {
            for (var j = i + 1; j < placed.Count; j++)
            {
                var (a, b) = (placed[i], placed[j]);
                var distance = Math.Sqrt(Math.Pow(a.Pixel.X - b.Pixel.X, 2) + Math.Pow(a.Pixel.Y - b.Pixel.Y, 2));
                Assert.True(distance >= Radius(a.Count) + Radius(b.Count),
                    $"zoom {zoom}: a marker of {a.Count} and one of {b.Count} are {distance:0.0} px apart");
            }
        }

        Assert.All(result.Features.Where(f => f.Count > 1), f => Assert.Single(f.Themes));
        Assert.All(result.Features.Where(f => f.Count > 1), f => Assert.NotNull(Themes.Find(f.Themes[0])));
    }

    [Fact]
    public void A_cluster_of_records_filtered_by_a_theme_takes_that_theme()
    {
        var france = new BoundingBox(-5.3, 41.2, 9.7, 51.2);
        var consommer = demo.Host.Search.Clusters(new ClusterQuery { Bbox = france, Zoom = 3, Filters = new SearchFilters { Themes = ["consommer"] } });

        Assert.Contains(consommer.Features, f => f.Count > 1);
        Assert.All(consommer.Features.Where(f => f.Count > 1), f => Assert.Equal("consommer", Themes.TopOf(f.Themes[0])?.Code));
    }

    private Bdis.Core.Themes.ThemeReferential Themes => demo.Host.Services.GetRequiredService<Bdis.Core.Reference.Referentials>().Themes;

    // The sizes LeafletMap.razor.js draws: a 28 px disc for one record, 34/42/52 px for clusters.
    private static double Radius(long count) => count <= 1 ? 14 : count < 10 ? 17 : count < 100 ? 21 : 26;

    private static (double X, double Y) Pixel(GeoPoint p, int zoom)
    {
        var scale = 256 * Math.Pow(2, zoom);
        var lat = p.Lat * Math.PI / 180;
        return ((p.Lon + 180) / 360 * scale, (1 - (Math.Log(Math.Tan(lat) + (1 / Math.Cos(lat))) / Math.PI)) / 2 * scale);
    }
}
