namespace Bdis.Import.Export;

/// <summary>Which records to export: one network's, one region's, or all (archived records are never exported).</summary>
public sealed record ExportFilter(string? NetworkCode = null, string? RegionCode = null);
