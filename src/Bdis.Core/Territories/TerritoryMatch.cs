namespace Bdis.Core.Territories;

/// <summary>The department and region derived for an address, and the commune when it could be identified.</summary>
public sealed record TerritoryMatch(string DepartmentCode, string RegionCode, Commune? Commune);
