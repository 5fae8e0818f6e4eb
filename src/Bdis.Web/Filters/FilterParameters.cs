using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace Bdis.Web.Filters;

/// <summary>
/// The structured filters as they arrive (bound with <c>[AsParameters]</c> by the API, built from the query string by
/// the pages): raw text, read by <see cref="FilterReader"/>. Each list means "any of"; a value may also hold several
/// codes separated by commas.
/// </summary>
public sealed class FilterParameters
{
    [FromQuery(Name = FilterNames.Region)]
    [Description("INSEE region codes (e.g. 93).")]
    public string[]? Region { get; set; }

    [FromQuery(Name = FilterNames.Department)]
    [Description("INSEE department codes (e.g. 13, 2A).")]
    public string[]? Department { get; set; }

    [FromQuery(Name = FilterNames.Theme)]
    [Description("Theme codes of the referential; a top theme includes its sub-themes.")]
    public string[]? Theme { get; set; }

    [FromQuery(Name = FilterNames.Network)]
    [Description("Network codes (e.g. APEAS); an unknown network matches nothing.")]
    public string[]? Network { get; set; }

    [FromQuery(Name = FilterNames.Status)]
    [Description("Legal status codes: association, scop, scic, cooperative, mutuelle, fondation, esus, autre.")]
    public string[]? Status { get; set; }

    public static FilterParameters From(IQueryCollection query) => new()
    {
        Region = query[FilterNames.Region],
        Department = query[FilterNames.Department],
        Theme = query[FilterNames.Theme],
        Network = query[FilterNames.Network],
        Status = query[FilterNames.Status],
    };
}
