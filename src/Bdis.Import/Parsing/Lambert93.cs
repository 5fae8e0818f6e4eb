using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace Bdis.Import.Parsing;

/// <summary>RGF93 / Lambert-93 (EPSG:2154), the projection of French public data, to WGS84 degrees.</summary>
public static class Lambert93
{
    private const string Wkt =
        "PROJCS[\"RGF93 / Lambert-93\",GEOGCS[\"RGF93\",DATUM[\"Reseau_Geodesique_Francais_1993\"," +
        "SPHEROID[\"GRS 1980\",6378137,298.257222101],TOWGS84[0,0,0,0,0,0,0]],PRIMEM[\"Greenwich\",0]," +
        "UNIT[\"degree\",0.0174532925199433]],PROJECTION[\"Lambert_Conformal_Conic_2SP\"]," +
        "PARAMETER[\"standard_parallel_1\",49],PARAMETER[\"standard_parallel_2\",44],PARAMETER[\"latitude_of_origin\",46.5]," +
        "PARAMETER[\"central_meridian\",3],PARAMETER[\"false_easting\",700000],PARAMETER[\"false_northing\",6600000]," +
        "UNIT[\"metre\",1],AUTHORITY[\"EPSG\",\"2154\"]]";

    private static readonly MathTransform Transform = new CoordinateTransformationFactory()
        .CreateFromCoordinateSystems((CoordinateSystem)new CoordinateSystemFactory().CreateFromWkt(Wkt), GeographicCoordinateSystem.WGS84)
        .MathTransform;

    private static readonly Lock Gate = new();

    /// <summary>Metropolitan France in Lambert-93 metres, with a margin.</summary>
    public static bool LooksLikeLambert93(double x, double y) => x is > 0 and < 1_400_000 && y is > 6_000_000 and < 7_200_000;

    public static (double Longitude, double Latitude) ToWgs84(double x, double y)
    {
        // ProjNet's transforms keep per-call state: one caller at a time.
        lock (Gate)
        {
            var (lon, lat) = Transform.Transform(x, y);
            return (lon, lat);
        }
    }
}
