using System.Globalization;
using Bdis.Core.Geo;
using Bdis.Core.Initiatives;
using Bdis.Search.Contracts;

namespace Bdis.Web.Filters;

/// <summary>Reads one parameter's raw text against <see cref="FilterLimits"/>, recording what it cannot use.</summary>
internal static class FilterValues
{
    private const int ShownValueLength = 40;

    public static string? Text(string? raw, FilterProblems problems)
    {
        var text = raw?.Trim() ?? string.Empty;
        if (text.Length > FilterLimits.MaxTextLength)
        {
            problems.Add(new FilterProblem(FilterNames.Text, "FilterTextTooLong", [FilterLimits.MaxTextLength], "FilterRestIgnored"));
            text = text[..FilterLimits.MaxTextLength].TrimEnd();
        }

        return text.Length == 0 ? null : text;
    }

    public static IReadOnlyList<string> Codes(string[]? raw, string name, FilterProblems problems, string unknownKey, Func<string, string?> resolve)
    {
        var values = (raw ?? []).SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        if (values.Count > FilterLimits.MaxValuesPerParameter)
        {
            problems.Add(new FilterProblem(name, "FilterTooManyValues", [FilterLimits.MaxValuesPerParameter, name], "FilterExtraIgnored"));
            values = values.Take(FilterLimits.MaxValuesPerParameter).ToList();
        }

        var codes = new List<string>();
        foreach (var value in values)
        {
            var code = value.Length <= FilterLimits.MaxCodeLength ? resolve(value) : null;
            if (code is null)
            {
                problems.Add(name, unknownKey, Shown(value));
            }
            else if (!codes.Contains(code, StringComparer.Ordinal))
            {
                codes.Add(code);
            }
        }

        return codes;
    }

    public static string? NetworkCode(string code) =>
        code.Length >= FilterLimits.MinNetworkCodeLength && code.Length <= FilterLimits.MaxNetworkCodeLength
        && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? code.ToUpperInvariant()
            : null;

    public static string? LegalStatusCode(string code) =>
        LegalStatuses.TryParseCode(code, out var status) ? LegalStatuses.Code(status) : null;

    /// <summary>minLon,minLat,maxLon,maxLat; minLon &gt; maxLon is a box across the antimeridian.</summary>
    public static BoundingBox? Box(string? raw, FilterProblems problems)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var n = Numbers(raw, 4);
        if (n is null || !GeoFactory.IsValidLongitude(n[0]) || !GeoFactory.IsValidLatitude(n[1])
            || !GeoFactory.IsValidLongitude(n[2]) || !GeoFactory.IsValidLatitude(n[3]) || n[1] > n[3])
        {
            problems.Add(FilterNames.Bbox, "FilterBadBbox", Shown(raw));
            return null;
        }

        return new BoundingBox(n[0], n[1], n[2], n[3]);
    }

    public static GeoPoint? Point(string? raw, string name, FilterProblems problems)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var n = Numbers(raw, 2);
        if (n is null || !GeoFactory.IsValidLongitude(n[0]) || !GeoFactory.IsValidLatitude(n[1]))
        {
            problems.Add(name, "FilterBadNear", Shown(raw));
            return null;
        }

        return new GeoPoint(n[0], n[1]);
    }

    /// <summary>Kilometres, above 0 and at most <see cref="FilterLimits.MaxRadiusKm"/>.</summary>
    public static double? Radius(string? raw, FilterProblems problems)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        if (raw.Length > 32 || !double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var km)
            || !double.IsFinite(km) || km <= 0 || km > FilterLimits.MaxRadiusKm)
        {
            problems.Add(FilterNames.RadiusKm, "FilterBadRadius", Shown(raw), FilterLimits.MaxRadiusKm);
            return null;
        }

        return km;
    }

    public static SearchSort Sort(string? raw, bool hasPoint, FilterProblems problems)
    {
        switch (raw?.Trim().ToLowerInvariant())
        {
            case null or "" or "relevance":
                return SearchSort.Relevance;
            case "name":
                return SearchSort.Name;
            case "distance" when hasPoint:
                return SearchSort.Distance;
            case "distance":
                problems.Add(FilterNames.Sort, "FilterDistanceWithoutNear");
                return SearchSort.Relevance;
            default:
                problems.Add(FilterNames.Sort, "FilterBadSort", Shown(raw));
                return SearchSort.Relevance;
        }
    }

    /// <summary><c>places</c>: true unless told false (<c>false</c> or <c>0</c>).</summary>
    public static bool Places(string? raw, FilterProblems problems)
    {
        switch (raw?.Trim().ToLowerInvariant())
        {
            case null or "" or "true" or "1":
                return true;
            case "false" or "0":
                return false;
            default:
                problems.Add(FilterNames.Places, "FilterBadPlaces", Shown(raw));
                return true;
        }
    }

    /// <summary>A whole number in [<paramref name="min"/>, <paramref name="max"/>] written with digits only; null when absent or unusable.</summary>
    public static int? Whole(string? raw, string name, int min, int max, string problemKey, FilterProblems problems)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return null;
        }

        if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            problems.Add(name, problemKey, Shown(raw), min, max);
            return null;
        }

        return value;
    }

    /// <summary>The map's own view (lat,lon,zoom): only checked, the map script applies it.</summary>
    public static void View(string? raw, FilterProblems problems)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return;
        }

        var n = Numbers(raw, 3);
        if (n is null || !GeoFactory.IsValidLatitude(n[0]) || !GeoFactory.IsValidLongitude(n[1]) || n[2] < 0 || n[2] > FilterLimits.MaxZoom)
        {
            problems.Add(FilterNames.View, "FilterBadView", Shown(raw), FilterLimits.MaxZoom);
        }
    }

    public static string? Commune(string? raw)
    {
        var value = raw?.Trim() ?? string.Empty;
        return value.Length is 0 or > FilterLimits.MaxCodeLength ? null : value;
    }

    private static double[]? Numbers(string text, int count)
    {
        if (text.Length > FilterLimits.MaxCoordinatesLength)
        {
            return null;
        }

        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != count)
        {
            return null;
        }

        var numbers = new double[count];
        for (var i = 0; i < count; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]) || !double.IsFinite(numbers[i]))
            {
                return null;
            }
        }

        return numbers;
    }

    /// <summary>The value as a sentence quotes it: cut, and without control characters.</summary>
    private static string Shown(string value)
    {
        var clean = new string(value.Where(c => !char.IsControl(c)).ToArray());
        return clean.Length <= ShownValueLength ? clean : clean[..ShownValueLength] + "…";
    }
}
