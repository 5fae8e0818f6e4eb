namespace Bdis.Data.Queries;

/// <summary>Filters for listing published initiatives; each list means "any of", empty means "no filter".</summary>
public sealed record InitiativeFilter
{
    public IReadOnlyList<string> Networks { get; init; } = [];

    public IReadOnlyList<string> Regions { get; init; } = [];

    public IReadOnlyList<string> Departments { get; init; } = [];

    /// <summary>Theme codes already expanded (a top theme with its sub-themes).</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];
}
