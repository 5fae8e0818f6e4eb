using Bdis.Core.Initiatives;
using Bdis.Core.Territories;
using Bdis.Core.Validation;

namespace Bdis.Core.Networks;

public static class NetworkRules
{
    /// <summary>Upper-cases the code and checks it: 2–32 letters, digits, '-' or '_'.</summary>
    public static string NormalizeCode(string? code) => (code ?? string.Empty).Trim().ToUpperInvariant();

    public static void Validate(Network network, TerritoryReferential territories)
    {
        var errors = new Violations();
        network.Code = NormalizeCode(network.Code);
        if (network.Code.Length is < 2 or > Network.CodeMax
            || !network.Code.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c is '-' or '_'))
        {
            errors.Add("code", "invalid_network_code",
                $"Le code réseau « {network.Code} » doit faire 2 à {Network.CodeMax} caractères : lettres, chiffres, « - » ou « _ ».");
        }

        network.Name = network.Name.Trim();
        if (network.Name.Length == 0)
        {
            errors.Add("name", "required", "Le nom du réseau est obligatoire.");
        }

        errors.MaxLength("name", network.Name, Network.NameMax, "Le nom du réseau");
        if (network.Website is not null && !InitiativeRules.IsWebUrl(network.Website))
        {
            errors.Add("website", "invalid_url", $"Le site « {network.Website} » n'est pas une adresse web valide (http:// ou https://).");
        }

        foreach (var region in network.Regions.Where(r => territories.FindRegion(r) is null))
        {
            errors.Add("regions", "unknown_region", $"La région « {region} » n'existe pas dans le référentiel INSEE.");
        }

        errors.ThrowIfAny();
    }
}
