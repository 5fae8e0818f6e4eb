using Bdis.Core.Territories;
using Bdis.Core.Text;

namespace Bdis.Import.Staging;

/// <summary>
/// How a row is recognised within its network: by its id, or else by its normalised name and postcode, which
/// <see cref="SamePlace"/> then narrows with the commune, the street and the position (the place keys below).
/// </summary>
public static class IdentityKeys
{
    private static readonly Dictionary<string, string> StreetWords = new(StringComparer.Ordinal)
    {
        ["st"] = "saint", ["ste"] = "sainte", ["av"] = "avenue", ["ave"] = "avenue", ["bd"] = "boulevard", ["bld"] = "boulevard",
        ["bvd"] = "boulevard", ["r"] = "rue", ["pl"] = "place", ["ch"] = "chemin", ["chem"] = "chemin", ["rte"] = "route",
        ["imp"] = "impasse", ["all"] = "allee", ["fg"] = "faubourg", ["fbg"] = "faubourg", ["sq"] = "square", ["crs"] = "cours",
    };

    public static string NamePostcode(string name, string? postcode) =>
        "np:" + TextKey.Normalize(name) + "|" + (TerritoryReferential.NormalizePostcode(postcode) ?? postcode?.Trim() ?? string.Empty);

    /// <summary>The commune: its INSEE code when known, else its normalised name; null when the row names none.</summary>
    public static string? Commune(string? inseeCode, string? commune) =>
        inseeCode is not null ? "i:" + inseeCode : TextKey.Normalize(commune) is { Length: > 0 } name ? "n:" + name : null;

    /// <summary>"16, Rue St Liesne" and "16 rue Saint-Liesne" → "16 rue saint liesne"; null when the row has no street.</summary>
    public static string? Street(string? street)
    {
        var key = TextKey.Normalize(street);
        if (key.Length == 0)
        {
            return null;
        }

        var words = key.Split(' ');
        var changed = false;
        for (var i = 0; i < words.Length; i++)
        {
            if (StreetWords.TryGetValue(words[i], out var full))
            {
                words[i] = full;
                changed = true;
            }
        }

        return changed ? string.Join(' ', words) : key;
    }
}
