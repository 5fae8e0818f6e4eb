namespace Bdis.Search.Contracts;

public enum SearchSort
{
    Relevance,
    Distance,
    Name,
}

/// <summary>A free-text query (may be empty: then everything matching the filters) with filters and paging.</summary>
public sealed record SearchQuery
{
    public string? Text { get; init; }

    public SearchFilters Filters { get; init; } = new();

    /// <summary>
    /// Null: the default for the query — nearest first when there is a point (<see cref="SearchFilters.Near"/>, or a
    /// commune named in the text), else relevance with words, else the directory's default order (complete fiches,
    /// then recently updated). <see cref="SearchSort.Relevance"/> without words is that default order too.
    /// </summary>
    public SearchSort? Sort { get; init; }

    /// <summary>Whether words naming a place ("épicerie Lyon") become a territory filter (see <see cref="QueryInterpretation"/>); false searches every word as text.</summary>
    public bool ReadPlaces { get; init; } = true;

    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 20;

    /// <summary>Whether to compute facet counts (the list pages need them, the map does not).</summary>
    public bool WithFacets { get; init; } = true;
}
