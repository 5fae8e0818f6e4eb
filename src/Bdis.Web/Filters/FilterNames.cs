namespace Bdis.Web.Filters;

/// <summary>The query-string names of the directory's parameters, shared by binding, reading and link building.</summary>
public static class FilterNames
{
    public const string Text = "q";
    public const string Region = "region";
    public const string Department = "department";
    public const string Theme = "theme";
    public const string Network = "network";
    public const string Status = "status";
    public const string Bbox = "bbox";
    public const string Near = "near";
    public const string RadiusKm = "radiusKm";
    public const string Sort = "sort";
    public const string Page = "page";
    public const string PageSize = "pageSize";
    public const string Zoom = "zoom";

    /// <summary><c>places=false</c>: every word of the text is searched as text, none read as a place.</summary>
    public const string Places = "places";

    /// <summary>Pages only: "aller à une commune" (a postcode or an INSEE code).</summary>
    public const string Commune = "commune";

    /// <summary>Pages only: the map's view, lat,lon,zoom, kept up to date by the map script.</summary>
    public const string View = "vue";
}
