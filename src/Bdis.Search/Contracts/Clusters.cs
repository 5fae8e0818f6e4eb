namespace Bdis.Search.Contracts;

/// <summary>A viewport at a web-map zoom level (0 = world, 18 = street), with the same filters as search.</summary>
public sealed record ClusterQuery
{
    public required BoundingBox Bbox { get; init; }

    public required int Zoom { get; init; }

    public string? Text { get; init; }

    public SearchFilters Filters { get; init; } = new();

    /// <summary>As <see cref="SearchQuery.ReadPlaces"/>: the map reads the words as the list does.</summary>
    public bool ReadPlaces { get; init; } = true;
}

/// <summary>What to draw: groups of initiatives and, where they are few, the initiatives themselves.</summary>
public sealed record ClusterResult(long Total, IReadOnlyList<MapFeature> Features);

/// <summary>
/// Either a cluster (<see cref="Count"/> &gt; 1, <see cref="Extent"/> to zoom to) or a single initiative
/// (<see cref="Count"/> = 1, with its id, slug and name).
/// </summary>
public sealed record MapFeature
{
    public required GeoPoint Position { get; init; }

    public required long Count { get; init; }

    public BoundingBox? Extent { get; init; }

    public Guid? Id { get; init; }

    public string? Slug { get; init; }

    public string? Name { get; init; }

    public IReadOnlyList<string> Themes { get; init; } = [];

    public string? Commune { get; init; }
}
