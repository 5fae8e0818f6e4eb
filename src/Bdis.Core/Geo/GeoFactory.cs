using NetTopologySuite;
using NetTopologySuite.Geometries;

namespace Bdis.Core.Geo;

/// <summary>The one place geometries are made: WGS84 (SRID 4326), longitude first.</summary>
public static class GeoFactory
{
    public const int Wgs84Srid = 4326;

    public static GeometryFactory Factory { get; } =
        NtsGeometryServices.Instance.CreateGeometryFactory(new PrecisionModel(), Wgs84Srid);

    public static bool IsValidLatitude(double lat) => double.IsFinite(lat) && lat is >= -90 and <= 90;

    public static bool IsValidLongitude(double lon) => double.IsFinite(lon) && lon is >= -180 and <= 180;

    /// <summary>Makes a point, or throws a readable validation error when the coordinates are out of range.</summary>
    public static Point Point(double longitude, double latitude)
    {
        var errors = new Validation.Violations();
        if (!IsValidLatitude(latitude))
        {
            errors.Add("latitude", "latitude_out_of_range", $"La latitude {latitude} n'est pas comprise entre -90 et 90.");
        }

        if (!IsValidLongitude(longitude))
        {
            errors.Add("longitude", "longitude_out_of_range", $"La longitude {longitude} n'est pas comprise entre -180 et 180.");
        }

        errors.ThrowIfAny();
        return Factory.CreatePoint(new Coordinate(longitude, latitude));
    }

    public static Polygon Box(double minLon, double minLat, double maxLon, double maxLat) =>
        (Polygon)Factory.ToGeometry(new Envelope(minLon, maxLon, minLat, maxLat));
}
