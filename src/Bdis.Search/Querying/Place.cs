using Bdis.Core.Territories;
using Bdis.Search.Contracts;

namespace Bdis.Search.Querying;

/// <summary>A place found in the referential; <see cref="Commune"/> is set for a commune or a postcode.</summary>
public sealed record Place(PlaceKind Kind, string Code, string Name, string RegionCode, string? DepartmentCode, Commune? Commune)
{
    public string? Postcode { get; init; }
}
