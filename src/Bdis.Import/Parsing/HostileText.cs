using System.Text.RegularExpressions;

namespace Bdis.Import.Parsing;

/// <summary>
/// Markup in plain-text fields: stripped (pages escape text anyway), and reported so the network knows.
/// The patterns have no match timeout: both run in time linear in the text (a tag cannot span a '&lt;'), and a timeout
/// only ever fired when the machine stalled the thread, failing a valid import.
/// </summary>
public static partial class HostileText
{
    public static bool ContainsMarkup(string? text) =>
        text is not null && text.Contains('<', StringComparison.Ordinal) && Tag().IsMatch(text);

    public static string StripMarkup(string text) => Whitespace().Replace(Tag().Replace(text, " "), " ").Trim();

    [GeneratedRegex(@"<\s*/?\s*[a-zA-Z!][^<>]{0,2000}>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
