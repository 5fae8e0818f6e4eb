using System.Globalization;
using System.Text;
using Bdis.Search.Contracts;

namespace Bdis.Web.Components.Directory;

/// <summary>
/// Everything a directory view shows, as it appears in the URL (<c>?q=&amp;region=&amp;theme=&amp;bbox=…</c>), so that any
/// view can be bookmarked and shared, and back/forward work by plain navigation.
/// </summary>
public sealed record DirectoryQuery
{
    public const int PageSize = 20;
    public const int MaxPage = 500;

    public string? Text { get; init; }

    public IReadOnlyList<string> Regions { get; init; } = [];

    public IReadOnlyList<string> Departments { get; init; } = [];

    public IReadOnlyList<string> Themes { get; init; } = [];

    public IReadOnlyList<string> Networks { get; init; } = [];

    public IReadOnlyList<string> LegalStatuses { get; init; } = [];

    public BoundingBox? Bbox { get; init; }

    public GeoPoint? Near { get; init; }

    public double? RadiusKm { get; init; }

    /// <summary>What the visitor typed in "aller à une commune" (a postcode or an INSEE code).</summary>
    public string? Commune { get; init; }

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>False (<c>places=0</c>): every word of <see cref="Text"/> is searched as text, none read as a place.</summary>
    public bool ReadPlaces { get; init; } = true;

    public int Page { get; init; } = 1;

    public bool HasFilters => !string.IsNullOrWhiteSpace(Text) || Regions.Count > 0 || Departments.Count > 0 || Themes.Count > 0
        || Networks.Count > 0 || LegalStatuses.Count > 0 || Bbox is not null || Near is not null;

    public SearchFilters ToFilters() => new()
    {
        Regions = Regions,
        Departments = Departments,
        Themes = Themes,
        Networks = Networks,
        LegalStatuses = LegalStatuses,
        Bbox = Bbox,
        Near = Near,
        RadiusKm = Near is null ? null : RadiusKm,
    };

    public SearchQuery ToSearchQuery() => new()
    {
        Text = string.IsNullOrWhiteSpace(Text) ? null : Text,
        Filters = ToFilters(),
        // "Pertinence" is the form's default: the search then picks the order (nearest first around a point).
        Sort = Sort == SearchSort.Relevance || (Near is null && Sort == SearchSort.Distance) ? null : Sort,
        ReadPlaces = ReadPlaces,
        Page = Page,
        PageSize = PageSize,
        WithFacets = true,
    };

    /// <summary>The query string of this view (without "?"), e.g. for paging links.</summary>
    public string ToQueryString(bool withPage = true, bool withBbox = true)
    {
        var parts = new List<KeyValuePair<string, string>>();
        Add(parts, "q", Text);
        parts.AddRange(Regions.Select(v => Pair("region", v)));
        parts.AddRange(Departments.Select(v => Pair("department", v)));
        parts.AddRange(Themes.Select(v => Pair("theme", v)));
        parts.AddRange(Networks.Select(v => Pair("network", v)));
        parts.AddRange(LegalStatuses.Select(v => Pair("status", v)));
        if (withBbox && Bbox is { } b)
        {
            parts.Add(Pair("bbox", Join(b.MinLon, b.MinLat, b.MaxLon, b.MaxLat)));
        }

        if (Near is { } near)
        {
            parts.Add(Pair("near", Join(near.Lon, near.Lat)));
            if (RadiusKm is { } radius)
            {
                parts.Add(Pair("radiusKm", Join(radius)));
            }
        }

        if (!ReadPlaces)
        {
            parts.Add(Pair("places", "0"));
        }

        if (Sort != SearchSort.Relevance)
        {
            parts.Add(Pair("sort", Sort.ToString().ToLowerInvariant()));
        }

        if (withPage && Page > 1)
        {
            parts.Add(Pair("page", Page.ToString(CultureInfo.InvariantCulture)));
        }

        var builder = new StringBuilder();
        foreach (var (key, value) in parts)
        {
            builder.Append(builder.Length == 0 ? string.Empty : "&").Append(key).Append('=').Append(Uri.EscapeDataString(value));
        }

        return builder.ToString();
    }

    /// <summary>The filters only, for /api/clusters (the map adds its own bbox and zoom).</summary>
    public string ToMapQueryString() => (this with { Bbox = null, Page = 1, Sort = SearchSort.Relevance }).ToQueryString(withPage: false);

    private static void Add(List<KeyValuePair<string, string>> parts, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            parts.Add(Pair(key, value));
        }
    }

    private static KeyValuePair<string, string> Pair(string key, string value) => new(key, value);

    private static string Join(params double[] values) =>
        string.Join(',', values.Select(v => v.ToString("0.#####", CultureInfo.InvariantCulture)));
}
