namespace Bdis.Search.Indexing;

/// <summary>What the index needs of one initiative row (read straight from PostgreSQL).</summary>
public sealed record IndexedInitiative
{
    public required Guid Id { get; init; }

    public required string Slug { get; init; }

    public required string Name { get; init; }

    public string? Summary { get; init; }

    public string? Description { get; init; }

    public string? Street { get; init; }

    public string? Postcode { get; init; }

    public string? Commune { get; init; }

    public string? InseeCode { get; init; }

    public double? Lon { get; init; }

    public double? Lat { get; init; }

    public string? RegionCode { get; init; }

    public string? DepartmentCode { get; init; }

    public IReadOnlyList<string> Themes { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    public required string NetworkCode { get; init; }

    public required string LegalStatusCode { get; init; }

    public bool HasContact { get; init; }

    /// <summary>The row's last change (UTC), for the default order.</summary>
    public DateTime? UpdatedAt { get; init; }

    /// <summary>A fiche people can act on: summary, a real description, an address or position, a way to get in touch.</summary>
    public bool IsComplete =>
        !string.IsNullOrWhiteSpace(Summary) && (Description?.Length ?? 0) >= 80 && Lat is not null
        && !string.IsNullOrWhiteSpace(Street) && HasContact;
}
