using System.Text.RegularExpressions;
using Bdis.Core.Territories;

namespace Bdis.Import.Parsing;

/// <summary>
/// Many exports hold the whole postal address in one column ("12 rue des Lilas, 34000 Montpellier"). When a row gives
/// no postcode of its own, the address's last line is split into street, postcode and commune, so the record gets its
/// department and region like any other. Only a postcode that exists, at the end of the text (followed by nothing but a
/// commune name, and maybe "Cedex"), is taken.
/// </summary>
public static partial class PostalLine
{
    public sealed record Parts(string? Street, string Postcode, string? Commune);

    public static Parts? Split(string? address, TerritoryReferential territories)
    {
        if (string.IsNullOrWhiteSpace(address) || address.Length > 500)
        {
            return null;
        }

        var match = Tail().Match(address);
        if (!match.Success || territories.CommunesForPostcode(match.Groups["postcode"].Value).Count == 0)
        {
            return null;
        }

        var street = match.Groups["street"].Value.Trim().TrimEnd(',', ';', '-', '–').Trim();
        var commune = match.Groups["commune"].Value.Trim();
        return new Parts(street.Length == 0 ? null : street, match.Groups["postcode"].Value, commune.Length == 0 ? null : commune);
    }

    // No match timeout: the text is at most 500 characters and the cost grows with its square at worst (a timeout would
    // only fire when the machine stalls the thread, failing a valid import).
    // street, then a 5-digit postcode that is not part of a longer number, then an optional commune name (letters,
    // spaces, hyphens, apostrophes; no digit) and an optional "Cedex 12", which is dropped.
    [GeneratedRegex(
        @"^(?<street>.*?)(?<![\d])(?<postcode>\d{5})(?![\d])\s*(?<commune>\p{L}[\p{L}\p{M}'’ .-]*?)?(?:\s+cedex(?:\s*\d{1,3})?)?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Tail();
}
