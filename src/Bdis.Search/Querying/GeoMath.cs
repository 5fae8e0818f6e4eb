using Bdis.Search.Contracts;

namespace Bdis.Search.Querying;

public static class GeoMath
{
    private const double KmPerDegreeLat = 111.32;

    /// <summary>A box that contains the circle of <paramref name="radiusKm"/> around <paramref name="center"/>.</summary>
    public static BoundingBox BoxAround(GeoPoint center, double radiusKm)
    {
        var dLat = radiusKm / KmPerDegreeLat;
        var cos = Math.Cos(center.Lat * Math.PI / 180);
        var dLon = cos < 1e-6 ? 180 : Math.Min(180, radiusKm / (KmPerDegreeLat * cos));
        var minLat = Math.Max(-90, center.Lat - dLat);
        var maxLat = Math.Min(90, center.Lat + dLat);
        if (dLon >= 180 || maxLat >= 90 || minLat <= -90)
        {
            return new BoundingBox(-180, minLat, 180, maxLat);
        }

        var minLon = center.Lon - dLon;
        var maxLon = center.Lon + dLon;
        return new BoundingBox(minLon < -180 ? minLon + 360 : minLon, minLat, maxLon > 180 ? maxLon - 360 : maxLon, maxLat);
    }
}
