namespace Bdis.Data.Territories;

/// <summary>What a boundary file brought: outlines stored, and features skipped with the reason.</summary>
public sealed record BoundaryLoadResult(int Loaded, IReadOnlyList<string> Skipped);
