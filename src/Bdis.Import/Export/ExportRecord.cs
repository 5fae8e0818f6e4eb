namespace Bdis.Import.Export;

/// <summary>One initiative as the exports write it, read straight from the database one row at a time.</summary>
public sealed record ExportRecord(
    string Slug, string Name, string? Summary, string? Description, string? Street, string? Postcode, string? Commune,
    string? InseeCode, string? DepartmentCode, string? RegionCode, double? Longitude, double? Latitude, string[] Themes,
    string[] Tags, string Network, string? ExternalId, string? Website, string? Email, string? Phone, string? Siret,
    Core.Initiatives.LegalStatus LegalStatus);
