namespace Bdis.Search.Contracts;

/// <summary>Filters shared by search and clusters. Each list means "any of"; empty means no filter.</summary>
public sealed record SearchFilters
{
    public IReadOnlyList<string> Regions { get; init; } = [];

    public IReadOnlyList<string> Departments { get; init; } = [];

    /// <summary>Theme codes as the user gave them; a top theme includes its sub-themes.</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];

    public IReadOnlyList<string> Networks { get; init; } = [];

    /// <summary>Legal status codes (association, scop, scic…).</summary>
    public IReadOnlyList<string> LegalStatuses { get; init; } = [];

    public BoundingBox? Bbox { get; init; }

    public GeoPoint? Near { get; init; }

    /// <summary>With <see cref="Near"/>: only initiatives within this distance.</summary>
    public double? RadiusKm { get; init; }
}

/// <summary>WGS84 degrees.</summary>
public readonly record struct GeoPoint(double Lon, double Lat);

/// <summary>WGS84 degrees, west/south/east/north.</summary>
public readonly record struct BoundingBox(double MinLon, double MinLat, double MaxLon, double MaxLat);
