using NetTopologySuite.Geometries;

namespace Bdis.Data.Territories;

/// <summary>Optional outline of a region or department, loaded from GeoJSON, used to place records by their location.</summary>
public sealed class TerritoryBoundary
{
    public const string RegionKind = "region";
    public const string DepartmentKind = "department";

    public string Kind { get; set; } = string.Empty;

    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public Geometry Outline { get; set; } = null!;
}
