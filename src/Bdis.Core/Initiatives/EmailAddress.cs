using System.Net.Mail;
using System.Text;

namespace Bdis.Core.Initiatives;

/// <summary>Whether text is an e-mail address a record can hold: what <see cref="MailAddress"/> reads back unchanged, with a dot in the domain.</summary>
public static class EmailAddress
{
    public static bool IsValid(string value) => IsPlain(value) || IsValidByMailAddress(value);

    // The display-name encoding is given (UTF-8, MailAddress's own default) because looking the default up by name goes
    // through Encoding.GetEncoding on every call: with the code-pages provider registered (the CSV import does it for
    // Windows-1252 files) that lookup takes a lock and was a quarter of an import's per-row validation time.
    private static bool IsValidByMailAddress(string value) =>
        MailAddress.TryCreate(value, null, Encoding.UTF8, out var address) && address.Address == value && address.Host.Contains('.', StringComparison.Ordinal);

    /// <summary>
    /// The usual shape, local@domain.tld made of ASCII letters, digits and <c>. - _ % +</c>, is accepted without a
    /// MailAddress (which allocates a parser and the parts, a tenth of an import's per-row time). Each part is a
    /// dot-atom of RFC 5322 atext characters, which MailAddress accepts and gives back as it is; anything else (quoted
    /// local parts, non-ASCII, display names) is left to MailAddress.
    /// </summary>
    private static bool IsPlain(string value)
    {
        var at = value.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0)
        {
            return false;
        }

        var domain = value.AsSpan(at + 1);
        return IsDotAtom(value.AsSpan(0, at), local: true) && IsDotAtom(domain, local: false) && domain.Contains('.');
    }

    private static bool IsDotAtom(ReadOnlySpan<char> part, bool local)
    {
        if (part.IsEmpty || part[0] == '.' || part[^1] == '.')
        {
            return false;
        }

        var previousDot = false;
        foreach (var c in part)
        {
            if (c == '.')
            {
                if (previousDot)
                {
                    return false;
                }

                previousDot = true;
                continue;
            }

            previousDot = false;
            if (!char.IsAsciiLetterOrDigit(c) && c != '-' && !(local && c is '_' or '%' or '+'))
            {
                return false;
            }
        }

        return true;
    }
}
