namespace Bdis.Web.Site;

/// <summary>Configuration section "Bdis:Map": the base map. Deployments may run their own tile server.</summary>
public sealed class MapOptions
{
    public const string SectionName = "Bdis:Map";

    public string TileUrl { get; set; } = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    /// <summary>HTML shown in the map corner; must credit the tile and data providers.</summary>
    public string Attribution { get; set; } =
        "&copy; <a href=\"https://www.openstreetmap.org/copyright\">les contributeurs d'OpenStreetMap</a>";

    public int MaxZoom { get; set; } = 19;
}
