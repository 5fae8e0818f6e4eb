using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace Bdis.Web.Filters;

/// <summary>
/// What is searched (free text) and where (a map area, or a point and a radius), as they arrive: raw text, read by
/// <see cref="FilterReader"/>.
/// </summary>
public sealed class WhatWhereParameters
{
    [FromQuery(Name = FilterNames.Text)]
    [Description("Free text (French: accents, plurals, typos and synonyms are understood).")]
    public string? Q { get; set; }

    [FromQuery(Name = FilterNames.Bbox)]
    [Description("A map area: minLon,minLat,maxLon,maxLat in WGS84 degrees (minLat ≤ maxLat; minLon > maxLon crosses the antimeridian).")]
    public string? Bbox { get; set; }

    [FromQuery(Name = FilterNames.Near)]
    [Description("A point to measure distances from: lon,lat in WGS84 degrees.")]
    public string? Near { get; set; }

    [FromQuery(Name = FilterNames.RadiusKm)]
    [Description("With near: only initiatives within this many kilometres.")]
    public string? RadiusKm { get; set; }

    [FromQuery(Name = FilterNames.Places)]
    [Description("false: search every word as text; by default place words (commune, postcode, department, region) become a territory.")]
    public string? Places { get; set; }

    public static WhatWhereParameters From(IQueryCollection query) => new()
    {
        Q = query[FilterNames.Text],
        Bbox = query[FilterNames.Bbox],
        Near = query[FilterNames.Near],
        RadiusKm = query[FilterNames.RadiusKm],
        Places = query[FilterNames.Places],
    };
}
