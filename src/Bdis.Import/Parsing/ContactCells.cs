using Bdis.Core.Initiatives;

namespace Bdis.Import.Parsing;

/// <summary>
/// Contact cells that hold several values ("contact@a.fr / direction@a.fr", "www.a.fr ; facebook.com/a"): the first
/// valid one, when the cell is not valid as a whole; null otherwise (the cell is then checked, and maybe dropped, as
/// it is).
/// </summary>
public static class ContactCells
{
    private static readonly char[] EmailSeparators = [';', ',', '/', '|', ' ', '\n', '\t'];

    // Not '/': it is part of every address.
    private static readonly char[] WebsiteSeparators = [';', ',', '|', ' ', '\n', '\t'];

    public static string? FirstEmail(string cell) => FirstOfSeveral(cell, EmailSeparators, EmailAddress.IsValid);

    /// <summary>Valid once the rules' normalising has added the https:// a bare "www.a.fr" lacks.</summary>
    public static string? FirstWebsite(string cell) =>
        FirstOfSeveral(cell, WebsiteSeparators, site => InitiativeRules.IsWebUrl(InitiativeRules.WithScheme(site)));

    private static string? FirstOfSeveral(string cell, char[] separators, Func<string, bool> isValid)
    {
        if (cell.IndexOfAny(separators) < 0 || isValid(cell))
        {
            return null;
        }

        return cell.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault(isValid);
    }
}
