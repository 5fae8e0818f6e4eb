using System.Text.RegularExpressions;

namespace Bdis.Import.Parsing;

/// <summary>
/// Angles as people copy them from maps and GPS: "43.5297° N", "N 43,5297", "43°31'47\"N", "5° 26′ 50″ E",
/// "1°30'O" (Ouest). South and west (O) are negative. Plain numbers are left to <see cref="NumberText"/>.
/// </summary>
public static partial class DegreeText
{
    public static bool TryParse(string? text, out double value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40)
        {
            return false;
        }

        var m = Angle().Match(text);
        var before = m.Groups["before"].Value;
        var after = m.Groups["after"].Value;
        if (!m.Success || (before.Length > 0 && after.Length > 0)
            || (before.Length == 0 && after.Length == 0 && !m.Groups["sign"].Success && !m.Groups["min"].Success)
            || !NumberText.TryParse(m.Groups["deg"].Value, out var degrees))
        {
            return false;
        }

        double minutes = 0, seconds = 0;
        if ((m.Groups["min"].Success && (!NumberText.TryParse(m.Groups["min"].Value, out minutes) || minutes >= 60))
            || (m.Groups["sec"].Success && (!NumberText.TryParse(m.Groups["sec"].Value, out seconds) || seconds >= 60)))
        {
            return false;
        }

        var hemisphere = char.ToUpperInvariant((before + after) is { Length: 1 } h ? h[0] : 'N');
        var negative = m.Groups["minus"].Success ^ hemisphere is 'S' or 'W' or 'O';
        value = (degrees + (minutes / 60) + (seconds / 3600)) * (negative ? -1 : 1);
        return true;
    }

    // No match timeout: the text is at most 40 characters (a timeout would only fire when the machine stalls the thread).
    // [hemisphere] [-]degrees[°] [minutes' [seconds"]] [hemisphere]; "sign" is the degree sign, which alone marks a plain
    // decimal as an angle ("43.5297°").
    [GeneratedRegex(
        @"^\s*(?<before>[NSEWO])?\s*(?<minus>[-−])?(?<deg>\d{1,3}(?:[.,]\d+)?)\s*(?<sign>[°º])?\s*(?:(?<min>\d{1,2}(?:[.,]\d+)?)\s*['′’]\s*(?:(?<sec>\d{1,2}(?:[.,]\d+)?)\s*(?:""|″|''|’’)?)?)?\s*(?<after>[NSEWO])?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Angle();
}
