namespace Bdis.Import.Staging;

/// <summary>What tells two rows (or a row and a record) of the same identity key apart: commune, street and position.</summary>
public sealed record PlaceFacts(long Line, string IdentityKey, string? Commune, string? Street, double? Longitude, double? Latitude);
