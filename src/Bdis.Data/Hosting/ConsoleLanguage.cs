using System.Globalization;

namespace Bdis.Data.Hosting;

/// <summary>
/// The language of what the web host and the CLI print on the console: French unless the environment asks for
/// English. <c>BDIS_LANG</c> (<c>fr</c> or <c>en</c>) wins; otherwise the first set of <c>LC_ALL</c>,
/// <c>LC_MESSAGES</c>, <c>LANG</c> (the POSIX order) decides, English when it starts with <c>en</c>.
/// </summary>
public static class ConsoleLanguage
{
    public static CultureInfo French { get; } = CultureInfo.GetCultureInfo("fr");

    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en");

    public static CultureInfo FromEnvironment() => From(Environment.GetEnvironmentVariable);

    public static CultureInfo From(Func<string, string?> variable)
    {
        var chosen = variable("BDIS_LANG");
        if (string.IsNullOrWhiteSpace(chosen))
        {
            chosen = new[] { "LC_ALL", "LC_MESSAGES", "LANG" }.Select(variable).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        }

        return chosen is not null && chosen.Trim().StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : French;
    }
}
