namespace Bdis.Core.Territories;

/// <summary>A commune with its INSEE code and the postcodes that serve it.</summary>
public sealed record Commune(string InseeCode, string Name, string DepartmentCode, string RegionCode, IReadOnlyList<string> Postcodes);
