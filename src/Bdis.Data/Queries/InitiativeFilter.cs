namespace Bdis.Data.Queries;

/// <summary>Filters for listing published initiatives; each list means "any of", empty means "no filter".</summary>
public sealed record InitiativeFilter
{
    public IReadOnlyList<string> Networks { get; init; } = [];

    public IReadOnlyList<string> Regions { get; init; } = [];

    public IReadOnlyList<string> Departments { get; init; } = [];

    /// <summary>Theme codes as given; a top theme includes its sub-themes (<see cref="InitiativeQueries"/> expands them).</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];

    /// <summary>Legal status codes (association, scop, scic…).</summary>
    public IReadOnlyList<string> LegalStatuses { get; init; } = [];
}
