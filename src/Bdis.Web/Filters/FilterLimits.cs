using Bdis.Search.Querying;

namespace Bdis.Web.Filters;

/// <summary>
/// The one set of limits of the directory's parameters, for the API (beyond them: 400) and the pages (beyond them:
/// ignored with a sentence) alike; the OpenAPI document states them too.
/// </summary>
public static class FilterLimits
{
    /// <summary>Characters of <c>q</c>, the same as the keyword field of the pages.</summary>
    public const int MaxTextLength = 200;

    /// <summary>Values of one list parameter (<c>region</c>, <c>theme</c>…), repeated or comma-separated.</summary>
    public const int MaxValuesPerParameter = 50;

    /// <summary>Characters of one code; the longest theme code is far shorter.</summary>
    public const int MaxCodeLength = 64;

    /// <summary>Characters of <c>bbox</c> or <c>near</c>: numbers, commas, signs and points only.</summary>
    public const int MaxCoordinatesLength = 200;

    public const int DefaultPageSize = 20;

    public const int MaxPageSize = 100;

    public const int MaxPage = 10_000;

    /// <summary>Results deeper than this are counted, not listed.</summary>
    public const int MaxResultWindow = LuceneInitiativeSearch.MaxWindow;

    /// <summary>A radius around a point: mainland France is about 1,000 km across.</summary>
    public const double MaxRadiusKm = 1_000;

    public const double DefaultRadiusKm = 10;

    public const int MaxZoom = 22;

    public const int MaxSuggestions = 10;

    /// <summary>Characters of a network code; the shape is checked, not the existence (an unknown network matches nothing).</summary>
    public const int MinNetworkCodeLength = 2;

    public const int MaxNetworkCodeLength = 32;
}
