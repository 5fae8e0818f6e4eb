namespace Bdis.Core.Territories;

/// <summary>A French department with its INSEE code ("13", "2A", "974") and its region.</summary>
public sealed record Department(string Code, string Name, string RegionCode);
