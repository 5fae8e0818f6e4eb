using System.Text.Json.Serialization;
using Bdis.Search.Contracts;

namespace Bdis.Web.Apis;

public sealed record SearchItemDto(
    Guid Id,
    string Slug,
    string Name,
    string? Commune,
    string? Postcode,
    string? Region,
    string? Department,
    IReadOnlyList<string> Themes,
    string Network,
    string? LegalStatus,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] GeoPointDto? Location,
    string? Snippet,
    IReadOnlyList<HighlightDto> Highlights,
    double? DistanceKm)
{
    public static SearchItemDto From(SearchHit h) => new(
        h.Id, h.Slug, h.Name, h.Commune, h.Postcode, h.Region, h.Department, h.Themes, h.Network, h.LegalStatus,
        h.Location is { } l ? new GeoPointDto(l.Lat, l.Lon) : null, h.Snippet,
        h.Highlights.Select(r => new HighlightDto(r.Start, r.Length)).ToList(), h.DistanceKm);
}

/// <summary>Where the snippet (plain text) holds a word that matches the query: UTF-16 offset and length.</summary>
public sealed record HighlightDto(int Start, int Length);

public sealed record SearchFacetsDto(
    IReadOnlyDictionary<string, long> Region,
    IReadOnlyDictionary<string, long> Department,
    IReadOnlyDictionary<string, long> Theme,
    IReadOnlyDictionary<string, long> Network,
    IReadOnlyDictionary<string, long> LegalStatus)
{
    public static SearchFacetsDto From(SearchFacets f) => new(f.Region, f.Department, f.Theme, f.Network, f.LegalStatus);
}

public sealed record SearchResponseDto(long Total, int Page, int PageSize, IReadOnlyList<SearchItemDto> Items, SearchFacetsDto Facets,
    InterpretationDto? Interpretation = null);

/// <summary>How the words were read when some named a place (see <see cref="QueryInterpretation"/>); repeat the request with
/// <c>places=false</c> to search every word as text.</summary>
public sealed record InterpretationDto(
    string Text, string PlaceText, string Kind, string PlaceName, string? RegionCode, string? DepartmentCode, string? CommuneCode, GeoPointDto? Centre)
{
    public static InterpretationDto? From(QueryInterpretation? i) => i is null ? null : new(
        i.Text, i.PlaceText, i.Kind.ToString().ToLowerInvariant(), i.PlaceName, i.RegionCode, i.DepartmentCode, i.CommuneCode,
        i.Centre is { } c ? new GeoPointDto(Math.Round(c.Lat, 6), Math.Round(c.Lon, 6)) : null);
}

public sealed record SuggestionDto(string Kind, string Label, string Value);

/// <summary>GeoJSON FeatureCollection of clusters and single initiatives.</summary>
public sealed record ClusterCollectionDto(long Total, IReadOnlyList<ClusterFeatureDto> Features)
{
    public string Type => "FeatureCollection";
}

public sealed record ClusterFeatureDto(PointGeometryDto Geometry, ClusterPropertiesDto Properties)
{
    public string Type => "Feature";

    public static ClusterFeatureDto From(MapFeature f) => new(
        new PointGeometryDto([Math.Round(f.Position.Lon, 6), Math.Round(f.Position.Lat, 6)]),
        new ClusterPropertiesDto(
            f.Count,
            f.Extent is { } e ? [Math.Round(e.MinLon, 6), Math.Round(e.MinLat, 6), Math.Round(e.MaxLon, 6), Math.Round(e.MaxLat, 6)] : null,
            f.Id, f.Slug, f.Name, f.Themes.Count > 0 ? f.Themes : null, f.Commune));
}

public sealed record PointGeometryDto(double[] Coordinates)
{
    public string Type => "Point";
}

/// <summary>A cluster has <c>count</c> &gt; 1, a <c>bbox</c> to zoom to and its most frequent theme; a single initiative has its id, slug, name and themes.</summary>
public sealed record ClusterPropertiesDto(
    long Count, double[]? Bbox, Guid? Id, string? Slug, string? Name, IReadOnlyList<string>? Themes, string? Commune);
