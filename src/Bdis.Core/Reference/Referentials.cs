using Bdis.Core.Territories;
using Bdis.Core.Themes;

namespace Bdis.Core.Reference;

/// <summary>The shared reference data every part of Bdis validates against.</summary>
public sealed record Referentials(ThemeReferential Themes, TerritoryReferential Territories)
{
    public static Referentials Load(string? dataFolder = null)
    {
        var folder = dataFolder ?? DataFolder.Locate();
        return new Referentials(ThemeReferential.Load(folder), TerritoryReferential.Load(folder));
    }
}
