using System.Globalization;
using System.Text;
using Bdis.Data.Queries;
using Bdis.Search.Contracts;

namespace Bdis.Web.Filters;

/// <summary>
/// The one typed model of the directory's filters, read by <see cref="FilterReader"/> for the API and the pages alike.
/// As it appears in a page URL (<c>?q=&amp;region=&amp;theme=&amp;bbox=…</c>) any view can be bookmarked and shared, and
/// back/forward work by plain navigation. Codes are as given (a top theme is not expanded: the index stores every
/// record's ancestor themes; the SQL side expands).
/// </summary>
public sealed record DirectoryQuery
{
    public string? Text { get; init; }

    /// <summary>The structured filters, in the search's own terms.</summary>
    public SearchFilters Filters { get; init; } = new();

    /// <summary>What the visitor typed in "aller à une commune" (a postcode or an INSEE code).</summary>
    public string? Commune { get; init; }

    /// <summary>Relevance, the default, lets the search choose: nearest first around a point, best match with words.</summary>
    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>False (<c>places=0</c>): every word of <see cref="Text"/> is searched as text, none read as a place.</summary>
    public bool ReadPlaces { get; init; } = true;

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = FilterLimits.DefaultPageSize;

    public bool HasFilters => !string.IsNullOrWhiteSpace(Text) || Filters.Regions.Count > 0 || Filters.Departments.Count > 0
        || Filters.Themes.Count > 0 || Filters.Networks.Count > 0 || Filters.LegalStatuses.Count > 0 || Filters.Bbox is not null
        || Filters.Near is not null;

    /// <summary>The last page a list can show: past <see cref="FilterLimits.MaxResultWindow"/> results are counted, not listed.</summary>
    public int LastPage(long total) =>
        (int)Math.Clamp((Math.Min(total, FilterLimits.MaxResultWindow) + PageSize - 1) / PageSize, 1, FilterLimits.MaxPage);

    /// <summary>A radius only counts around a point.</summary>
    public SearchFilters ToFilters() => Filters with { RadiusKm = Filters.Near is null ? null : Filters.RadiusKm };

    /// <summary>This view with other filters (the page goes back to the first).</summary>
    public DirectoryQuery With(Func<SearchFilters, SearchFilters> change) => this with { Filters = change(Filters), Page = 1 };

    /// <summary>The search for the list (pages and /api/search). Text and filters are turned into a query here only,
    /// so that a step that reads more into the text (place words…) applies to the API and the pages at once.</summary>
    public SearchQuery ToSearchQuery(bool withFacets = true) => new()
    {
        Text = SearchText,
        Filters = ToFilters(),
        Sort = Sort == SearchSort.Relevance || (Filters.Near is null && Sort == SearchSort.Distance) ? null : Sort,
        ReadPlaces = ReadPlaces,
        Page = Page,
        PageSize = PageSize,
        WithFacets = withFacets,
    };

    /// <summary>The map's clusters of the same set, in a viewport (the query's own bbox, if any, is the viewport).</summary>
    public ClusterQuery ToClusterQuery(BoundingBox viewport, int zoom) => new()
    {
        Bbox = viewport,
        Zoom = zoom,
        Text = SearchText,
        Filters = ToFilters() with { Bbox = null },
        ReadPlaces = ReadPlaces,
    };

    /// <summary>The database side's filter (/api/initiatives): codes only, themes as given.</summary>
    public InitiativeFilter ToInitiativeFilter() => new()
    {
        Networks = Filters.Networks,
        Regions = Filters.Regions,
        Departments = Filters.Departments,
        Themes = Filters.Themes,
        LegalStatuses = Filters.LegalStatuses,
    };

    private string? SearchText => string.IsNullOrWhiteSpace(Text) ? null : Text;

    /// <summary>The query string of this view (without "?"), e.g. for paging links.</summary>
    public string ToQueryString(bool withPage = true, bool withBbox = true)
    {
        var parts = new List<KeyValuePair<string, string>>();
        var (regions, departments, themes, networks, statuses) = (Filters.Regions, Filters.Departments, Filters.Themes, Filters.Networks, Filters.LegalStatuses);
        Add(parts, FilterNames.Text, Text);
        parts.AddRange(regions.Select(v => Pair(FilterNames.Region, v)));
        parts.AddRange(departments.Select(v => Pair(FilterNames.Department, v)));
        parts.AddRange(themes.Select(v => Pair(FilterNames.Theme, v)));
        parts.AddRange(networks.Select(v => Pair(FilterNames.Network, v)));
        parts.AddRange(statuses.Select(v => Pair(FilterNames.Status, v)));
        if (withBbox && Filters.Bbox is { } b)
        {
            parts.Add(Pair(FilterNames.Bbox, Join(b.MinLon, b.MinLat, b.MaxLon, b.MaxLat)));
        }

        if (Filters.Near is { } near)
        {
            parts.Add(Pair(FilterNames.Near, Join(near.Lon, near.Lat)));
            if (Filters.RadiusKm is { } radius)
            {
                parts.Add(Pair(FilterNames.RadiusKm, Join(radius)));
            }
        }

        if (!ReadPlaces)
        {
            parts.Add(Pair(FilterNames.Places, "0"));
        }

        if (Sort == SearchSort.Name || (Sort == SearchSort.Distance && Filters.Near is not null))
        {
            parts.Add(Pair(FilterNames.Sort, Sort.ToString().ToLowerInvariant()));
        }

        if (withPage && Page > 1)
        {
            parts.Add(Pair(FilterNames.Page, Page.ToString(CultureInfo.InvariantCulture)));
        }

        var builder = new StringBuilder();
        foreach (var (key, value) in parts)
        {
            builder.Append(builder.Length == 0 ? string.Empty : "&").Append(key).Append('=').Append(Uri.EscapeDataString(value));
        }

        return builder.ToString();
    }

    /// <summary>The filters only, for /api/clusters (the map adds its own bbox and zoom).</summary>
    public string ToMapQueryString() => (this with { Filters = Filters with { Bbox = null }, Page = 1, Sort = SearchSort.Relevance }).ToQueryString(withPage: false);

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
