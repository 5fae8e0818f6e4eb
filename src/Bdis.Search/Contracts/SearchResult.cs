namespace Bdis.Search.Contracts;

public sealed record SearchResult(long Total, IReadOnlyList<SearchHit> Items, SearchFacets Facets)
{
    /// <summary>Set when words of the text named a place and became a filter: say so, and offer to undo it.</summary>
    public QueryInterpretation? Interpretation { get; init; }
}

public sealed record SearchHit
{
    public required Guid Id { get; init; }

    public required string Slug { get; init; }

    public required string Name { get; init; }

    public string? Commune { get; init; }

    public string? Postcode { get; init; }

    public string? Region { get; init; }

    public string? Department { get; init; }

    public IReadOnlyList<string> Themes { get; init; } = [];

    public required string Network { get; init; }

    public string? LegalStatus { get; init; }

    public GeoPoint? Location { get; init; }

    /// <summary>Plain text: a piece of the description or summary around the first matched word.</summary>
    public string? Snippet { get; init; }

    /// <summary>Where <see cref="Snippet"/> holds the words that match the query, in order and without overlap.</summary>
    public IReadOnlyList<TextRange> Highlights { get; init; } = [];

    /// <summary>Set when the query has a point to measure from.</summary>
    public double? DistanceKm { get; init; }
}

/// <summary>Counts per value for the current query, over all matching records (not only the page).</summary>
public sealed record SearchFacets
{
    public static SearchFacets Empty { get; } = new();

    public IReadOnlyDictionary<string, long> Region { get; init; } = new Dictionary<string, long>();

    public IReadOnlyDictionary<string, long> Department { get; init; } = new Dictionary<string, long>();

    /// <summary>Counts per theme code; a record counts for each of its themes and for their top themes.</summary>
    public IReadOnlyDictionary<string, long> Theme { get; init; } = new Dictionary<string, long>();

    public IReadOnlyDictionary<string, long> Network { get; init; } = new Dictionary<string, long>();

    public IReadOnlyDictionary<string, long> LegalStatus { get; init; } = new Dictionary<string, long>();
}
