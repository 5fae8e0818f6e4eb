namespace Bdis.Core.Territories;

/// <summary>
/// A commune with its INSEE code, the postcodes that serve it and its legal population (INSEE; 0 when unknown),
/// which tells the well-known commune among namesakes ("Aix" typed for Aix-en-Provence).
/// </summary>
public sealed record Commune(string InseeCode, string Name, string DepartmentCode, string RegionCode, IReadOnlyList<string> Postcodes, int Population = 0);
