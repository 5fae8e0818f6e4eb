using Bdis.Core.Reference;
using Bdis.Core.Territories;
using Microsoft.Extensions.Primitives;

namespace Bdis.Web.Apis;

/// <summary>Parses the repeated region/department/theme/network query parameters shared by the list and search APIs.</summary>
public static class TerritoryThemeFilters
{
    public const int MaxValuesPerParameter = 50;
    private const int MaxValueLength = 64;

    public static IReadOnlyList<string> Regions(StringValues values, Referentials referentials, QueryErrors errors) =>
        Codes(values, "region", errors, code => referentials.Territories.FindRegion(code)?.Code, "is not an INSEE region code");

    public static IReadOnlyList<string> Departments(StringValues values, Referentials referentials, QueryErrors errors) =>
        Codes(values, "department", errors, code => referentials.Territories.FindDepartment(code)?.Code, "is not an INSEE department code");

    /// <summary>Theme codes expanded: a top theme stands for its sub-themes too.</summary>
    public static IReadOnlyList<string> Themes(StringValues values, Referentials referentials, QueryErrors errors) =>
        Codes(values, "theme", errors, code => referentials.Themes.Find(code)?.Code, "is not a theme code of the referential")
            .SelectMany(referentials.Themes.Expand).Distinct().ToArray();

    public static IReadOnlyList<string> Networks(StringValues values, QueryErrors errors) =>
        Codes(values, "network", errors, code => IsNetworkCode(code) ? code.ToUpperInvariant() : null, "is not a network code");

    private static bool IsNetworkCode(string code) =>
        code.Length is >= 2 and <= 32 && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string[] Codes(StringValues values, string name, QueryErrors errors, Func<string, string?> resolve, string problem)
    {
        var raw = values.SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        if (raw.Count > MaxValuesPerParameter)
        {
            errors.Add(name, $"At most {MaxValuesPerParameter} values of '{name}' are accepted.");
            return [];
        }

        var codes = new List<string>();
        foreach (var value in raw)
        {
            var resolved = value.Length <= MaxValueLength ? resolve(value) : null;
            if (resolved is null)
            {
                errors.Add(name, $"'{Shorten(value)}' {problem}.");
            }
            else
            {
                codes.Add(resolved);
            }
        }

        return codes.Distinct(StringComparer.Ordinal).ToArray();
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";

    internal static string NormalizeDepartment(string code) => TerritoryReferential.NormalizeDepartmentCode(code);
}
