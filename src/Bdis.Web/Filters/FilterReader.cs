using Bdis.Core.Reference;
using Bdis.Search.Contracts;

namespace Bdis.Web.Filters;

/// <summary>
/// The one reading of the directory's parameters into a <see cref="DirectoryQuery"/>. It keeps what it can use and
/// records every problem: the API refuses a request with problems (400), a page shows them as sentences and goes on
/// with the rest (a long text cut to the limit, the first values of a long list, anything else left out).
/// </summary>
public static class FilterReader
{
    /// <summary>The API's reading: list filters, text and place, paging and sort, whichever the endpoint takes.</summary>
    public static DirectoryQuery Read(Referentials referentials, FilterProblems problems, FilterParameters? filters,
        WhatWhereParameters? whatWhere = null, PageParameters? paging = null, string? sort = null)
    {
        filters ??= new FilterParameters();
        whatWhere ??= new WhatWhereParameters();
        var near = FilterValues.Point(whatWhere.Near, FilterNames.Near, problems);
        var radius = FilterValues.Radius(whatWhere.RadiusKm, problems);
        if (radius is not null && near is null && !problems.Has(FilterNames.Near))
        {
            problems.Add(FilterNames.RadiusKm, "FilterRadiusWithoutNear");
            radius = null;
        }

        return new DirectoryQuery
        {
            Text = FilterValues.Text(whatWhere.Q, problems),
            Filters = new SearchFilters
            {
                Regions = FilterValues.Codes(filters.Region, FilterNames.Region, problems, "FilterUnknownRegion",
                    c => referentials.Territories.FindRegion(c)?.Code),
                Departments = FilterValues.Codes(filters.Department, FilterNames.Department, problems, "FilterUnknownDepartment",
                    c => referentials.Territories.FindDepartment(c)?.Code),
                Themes = FilterValues.Codes(filters.Theme, FilterNames.Theme, problems, "FilterUnknownTheme",
                    c => referentials.Themes.Find(c)?.Code),
                Networks = FilterValues.Codes(filters.Network, FilterNames.Network, problems, "FilterUnknownNetwork", FilterValues.NetworkCode),
                LegalStatuses = FilterValues.Codes(filters.Status, FilterNames.Status, problems, "FilterUnknownStatus", FilterValues.LegalStatusCode),
                Bbox = FilterValues.Box(whatWhere.Bbox, problems),
                Near = near,
                RadiusKm = radius,
            },
            Sort = FilterValues.Sort(sort, near is not null, problems),
            ReadPlaces = FilterValues.Places(whatWhere.Places, problems),
            Page = FilterValues.Whole(paging?.Page, FilterNames.Page, 1, FilterLimits.MaxPage, "FilterBadPage", problems) ?? 1,
            PageSize = FilterValues.Whole(paging?.PageSize, FilterNames.PageSize, 1, FilterLimits.MaxPageSize, "FilterBadPageSize", problems)
                ?? FilterLimits.DefaultPageSize,
        };
    }

    /// <summary>A page's reading of its whole query string: the API's parameters plus "aller à une commune".</summary>
    public static DirectoryQuery ReadPage(IQueryCollection query, Referentials referentials, FilterProblems problems)
    {
        var commune = FilterValues.Commune(query[FilterNames.Commune]);
        var read = Read(referentials, problems, FilterParameters.From(query), WhatWhereParameters.From(query), PageParameters.From(query),
            query[FilterNames.Sort]);
        // The commune gives the point that a distance sort needs (see CommuneCentre).
        if (commune is not null && problems.RemoveAll(FilterNames.Sort, "FilterDistanceWithoutNear") > 0)
        {
            read = read with { Sort = SearchSort.Distance };
        }

        FilterValues.View(query[FilterNames.View], problems);
        return read with { Commune = commune };
    }

    /// <summary>The text alone (/api/suggest).</summary>
    public static string? Text(string? q, FilterProblems problems) => FilterValues.Text(q, problems);

    /// <summary>The map's zoom level, required by /api/clusters.</summary>
    public static int Zoom(string? text, FilterProblems problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(FilterNames.Zoom, "FilterZoomRequired", FilterLimits.MaxZoom);
            return 0;
        }

        return FilterValues.Whole(text, FilterNames.Zoom, 0, FilterLimits.MaxZoom, "FilterBadZoom", problems) ?? 0;
    }
}
