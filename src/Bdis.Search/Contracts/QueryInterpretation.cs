namespace Bdis.Search.Contracts;

/// <summary>
/// How the search read the visitor's words when some of them named a place ("épicerie Lyon"): the words searched
/// as text, the place and the filter or order it became. A page shows it as a sentence, with a link to search every
/// word as text instead (<see cref="SearchQuery.ReadPlaces"/> = false).
/// </summary>
public sealed record QueryInterpretation
{
    /// <summary>The words searched as text, as typed ("épicerie"); empty when the query was only a place.</summary>
    public required string Text { get; init; }

    /// <summary>The words that named the place, as typed ("Lyon", "34000").</summary>
    public required string PlaceText { get; init; }

    public required PlaceKind Kind { get; init; }

    /// <summary>The place's official name ("Lyon", "Rhône", "Bretagne"; for a postcode, its most populous commune).</summary>
    public required string PlaceName { get; init; }

    /// <summary>The region filter added (a region was named), else null.</summary>
    public string? RegionCode { get; init; }

    /// <summary>The department filter added (a department, or the department of the commune or postcode named).</summary>
    public string? DepartmentCode { get; init; }

    /// <summary>The department's name, for the sentence ("Rhône").</summary>
    public string? DepartmentName { get; init; }

    /// <summary>The INSEE code of the commune named (or served by the postcode).</summary>
    public string? CommuneCode { get; init; }

    /// <summary>
    /// Where results are ordered from, nearest first, unless another order was asked: the centre of the commune's
    /// initiatives in the index (the referential has no coordinates). Null when the index has none in that commune.
    /// </summary>
    public GeoPoint? Centre { get; init; }
}
