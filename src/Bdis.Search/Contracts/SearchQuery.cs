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

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 20;

    /// <summary>Whether to compute facet counts (the list pages need them, the map does not).</summary>
    public bool WithFacets { get; init; } = true;
}
