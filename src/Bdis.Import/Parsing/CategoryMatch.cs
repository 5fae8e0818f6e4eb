namespace Bdis.Import.Parsing;

/// <summary>Theme codes recognised in a category cell, and the labels that matched nothing (kept as tags).</summary>
public sealed record CategoryMatch(IReadOnlyList<string> Themes, IReadOnlyList<string> Unknown)
{
    public static CategoryMatch Empty { get; } = new([], []);
}
