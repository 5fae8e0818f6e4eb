using System.Globalization;
using Bdis.Core.Initiatives;
using Bdis.Core.Reference;
using Bdis.Core.Territories;
using Bdis.Search.Contracts;
using Microsoft.Extensions.Primitives;

namespace Bdis.Web.Components.Directory;

/// <summary>
/// Reads a directory view from the page's query string. Unlike the API (400 on bad input), a page keeps what it
/// understands and tells the visitor, in words, what it ignored: a hand-edited or truncated link still shows a list.
/// </summary>
public static class DirectoryQueryParser
{
    public const int MaxTextLength = 200;
    private const int MaxValues = 50;
    private const int MaxValueLength = 64;

    public static DirectoryQuery Parse(IQueryCollection query, Referentials referentials, ICollection<IgnoredParameter> ignored)
    {
        var text = query["q"].ToString().Trim();
        if (text.Length > MaxTextLength)
        {
            ignored.Add(new IgnoredParameter("IgnoredTextTooLong", MaxTextLength.ToString(CultureInfo.InvariantCulture)));
            text = text[..MaxTextLength];
        }

        var near = ParsePoint(query["near"], ignored);
        return new DirectoryQuery
        {
            Text = text.Length == 0 ? null : text,
            Regions = Codes(query["region"], ignored, c => referentials.Territories.FindRegion(c)?.Code),
            Departments = Codes(query["department"], ignored, c => referentials.Territories.FindDepartment(c)?.Code),
            Themes = Codes(query["theme"], ignored, c => referentials.Themes.Find(c)?.Code),
            Networks = Codes(query["network"], ignored, NetworkCode),
            LegalStatuses = Codes(query["status"], ignored, c => LegalStatuses.TryParseCode(c, out var s) ? LegalStatuses.Code(s) : null),
            Bbox = ParseBbox(query["bbox"], ignored),
            Near = near,
            RadiusKm = near is null ? null : ParseRadius(query["radiusKm"]),
            Commune = Clean(query["commune"]),
            Sort = ParseSort(query["sort"]),
            ReadPlaces = query["places"].ToString() is not ("0" or "false"),
            Page = ParsePage(query["page"]),
        };
    }

    /// <summary>
    /// "13100" → the communes it serves. Postcodes first: people type them far more often than INSEE codes, and the two
    /// overlap (13100 is Aix-en-Provence's postcode and Saint-Rémy-de-Provence's INSEE code). INSEE codes otherwise ("2A004").
    /// </summary>
    public static IReadOnlyList<Commune> FindCommunes(string? input, TerritoryReferential territories)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return [];
        }

        var trimmed = input.Trim();
        var byPostcode = territories.CommunesForPostcode(trimmed);
        return byPostcode.Count > 0 ? byPostcode : territories.FindCommune(trimmed) is { } byInsee ? [byInsee] : [];
    }

    private static string? NetworkCode(string code) =>
        code.Length is >= 2 and <= 32 && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? code.ToUpperInvariant() : null;

    private static string? Clean(StringValues values)
    {
        var value = values.ToString().Trim();
        return value.Length is 0 or > MaxValueLength ? null : value;
    }

    private static string[] Codes(StringValues values, ICollection<IgnoredParameter> ignored, Func<string, string?> resolve)
    {
        var codes = new List<string>();
        foreach (var raw in values.SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Take(MaxValues))
        {
            var code = raw.Length <= MaxValueLength ? resolve(raw) : null;
            if (code is null)
            {
                ignored.Add(new IgnoredParameter("IgnoredUnknownValue", raw.Length <= 40 ? raw : raw[..40] + "…"));
            }
            else if (!codes.Contains(code, StringComparer.Ordinal))
            {
                codes.Add(code);
            }
        }

        return [.. codes];
    }

    private static BoundingBox? ParseBbox(StringValues values, ICollection<IgnoredParameter> ignored)
    {
        if (StringValues.IsNullOrEmpty(values))
        {
            return null;
        }

        var v = Numbers(values.ToString());
        if (v is { Length: 4 } && v[0] is >= -180 and <= 180 && v[2] is >= -180 and <= 180 && v[1] is >= -90 and <= 90
            && v[3] is >= -90 and <= 90 && v[0] < v[2] && v[1] < v[3])
        {
            return new BoundingBox(v[0], v[1], v[2], v[3]);
        }

        ignored.Add(new IgnoredParameter("IgnoredBbox", string.Empty));
        return null;
    }

    private static GeoPoint? ParsePoint(StringValues values, ICollection<IgnoredParameter> ignored)
    {
        if (StringValues.IsNullOrEmpty(values))
        {
            return null;
        }

        var v = Numbers(values.ToString());
        if (v is { Length: 2 } && v[0] is >= -180 and <= 180 && v[1] is >= -90 and <= 90)
        {
            return new GeoPoint(v[0], v[1]);
        }

        ignored.Add(new IgnoredParameter("IgnoredNear", string.Empty));
        return null;
    }

    private static double[]? Numbers(string text)
    {
        if (text.Length > 200)
        {
            return null;
        }

        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var numbers = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]) || !double.IsFinite(numbers[i]))
            {
                return null;
            }
        }

        return numbers;
    }

    private static double ParseRadius(StringValues values) =>
        double.TryParse(values.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var km) && km is > 0 and <= 200 ? km : 10;

    private static SearchSort ParseSort(StringValues values) => values.ToString().ToLowerInvariant() switch
    {
        "distance" => SearchSort.Distance,
        "name" => SearchSort.Name,
        _ => SearchSort.Relevance,
    };

    private static int ParsePage(StringValues values) =>
        int.TryParse(values.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1
            ? Math.Min(page, DirectoryQuery.MaxPage)
            : 1;
}
