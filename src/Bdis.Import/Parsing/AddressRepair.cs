using Bdis.Core.Initiatives;
using Bdis.Core.Territories;
using Bdis.Import.Reports;

namespace Bdis.Import.Parsing;

/// <summary>A row's postcode, INSEE code and commune as the referential knows them, each change said in the report.</summary>
public sealed class AddressRepair(TerritoryReferential territories)
{
    private readonly CommuneNames _communes = new(territories);

    public void Repair(Initiative initiative, long line, ImportReport report)
    {
        RestoreCodes(initiative, report);
        NameCommune(initiative, line, report);
    }

    /// <summary>A spreadsheet that took "04070" for a number kept "4070": the leading zero comes back (postcodes and INSEE codes have 5 characters).</summary>
    private static void RestoreCodes(Initiative initiative, ImportReport report)
    {
        var address = initiative.Address;
        if (address.Postcode is { Length: 4 } postcode && postcode.All(char.IsAsciiDigit))
        {
            address = address with { Postcode = "0" + postcode };
            report.Repairs.LeadingZeros++;
        }

        if (address.InseeCode is { Length: 4 } insee && insee.All(char.IsAsciiDigit))
        {
            address = address with { InseeCode = "0" + insee };
            report.Repairs.LeadingZeros++;
        }

        initiative.Address = address;
    }

    /// <summary>
    /// The commune's official name (and INSEE code) when the postcode or INSEE code and the file's name identify it;
    /// otherwise the name as written, with a warning when it is damaged.
    /// </summary>
    private void NameCommune(Initiative initiative, long line, ImportReport report)
    {
        if (initiative.Address.Commune is not { } written)
        {
            return;
        }

        var match = _communes.Identify(initiative.Address.Postcode, initiative.Address.InseeCode, written);
        if (match is null)
        {
            TextRepair.WarnIfDamaged(written, "commune", line, report);
            return;
        }

        var commune = match.Commune;
        initiative.Address = initiative.Address with { Commune = commune.Name, InseeCode = initiative.Address.InseeCode ?? commune.InseeCode };
        if (!string.Equals(written, commune.Name, StringComparison.Ordinal))
        {
            report.Repairs.CommuneNames++;
            report.Info(line, "commune", $"Commune « {TextRepair.Short(written)} » écrite comme au référentiel INSEE : « {commune.Name} » ({commune.InseeCode}).");
        }

        if (match.PostcodeWasInseeCode)
        {
            var postcode = commune.Postcodes.Count == 1 ? commune.Postcodes[0] : null;
            report.Repairs.Postcodes++;
            report.Info(line, "postcode", postcode is null
                ? $"Le code postal « {initiative.Address.Postcode} » est le code INSEE de {commune.Name}, qui a plusieurs codes postaux : le code postal n'est pas importé."
                : $"Le code postal « {initiative.Address.Postcode} » est le code INSEE de {commune.Name} : code postal {postcode} pris au référentiel.");
            initiative.Address = initiative.Address with { Postcode = postcode };
        }
    }
}
