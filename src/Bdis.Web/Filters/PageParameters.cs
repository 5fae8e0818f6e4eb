using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace Bdis.Web.Filters;

/// <summary>Paging as it arrives: raw text, read by <see cref="FilterReader"/>.</summary>
public sealed class PageParameters
{
    [FromQuery(Name = FilterNames.Page)]
    [Description("1-based page number.")]
    public string? Page { get; set; }

    [FromQuery(Name = FilterNames.PageSize)]
    [Description("Items per page.")]
    public string? PageSize { get; set; }

    public static PageParameters From(IQueryCollection query) => new() { Page = query[FilterNames.Page] };
}
