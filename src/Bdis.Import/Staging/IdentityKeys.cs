using Bdis.Core.Territories;
using Bdis.Core.Text;

namespace Bdis.Import.Staging;

/// <summary>How a row without an id is recognised: its normalised name and its postcode.</summary>
public static class IdentityKeys
{
    public static string NamePostcode(string name, string? postcode) =>
        "np:" + TextKey.Normalize(name) + "|" + (TerritoryReferential.NormalizePostcode(postcode) ?? postcode?.Trim() ?? string.Empty);
}
