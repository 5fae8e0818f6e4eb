using System.Globalization;
using Bdis.Core.Geo;
using Bdis.Core.Initiatives;
using Bdis.Core.Reference;
using Bdis.Search.Contracts;
using Microsoft.Extensions.Primitives;

namespace Bdis.Web.Apis;

/// <summary>Reads the search, cluster and suggest parameters; every problem is collected into <see cref="QueryErrors"/>.</summary>
public static class SearchRequestParser
{
    public const double MaxRadiusKm = 20_000;

    public static SearchFilters Filters(IQueryCollection q, Referentials referentials, QueryErrors errors)
    {
        var nearText = Single(q, "near", errors);
        var near = Point(nearText, "near", errors);
        var radius = Number(Single(q, "radiusKm", errors), "radiusKm", errors, 0, MaxRadiusKm, exclusiveMin: true);
        if (radius is not null && string.IsNullOrWhiteSpace(nearText))
        {
            errors.Add("radiusKm", "'radiusKm' needs 'near=lon,lat'.");
        }

        return new SearchFilters
        {
            Regions = TerritoryThemeFilters.Regions(q["region"], referentials, errors),
            Departments = TerritoryThemeFilters.Departments(q["department"], referentials, errors),
            Themes = TerritoryThemeFilters.Themes(q["theme"], referentials, errors),
            Networks = TerritoryThemeFilters.Networks(q["network"], errors),
            LegalStatuses = LegalStatusCodes(q["status"], errors),
            Bbox = Box(Single(q, "bbox", errors), "bbox", errors),
            Near = near,
            RadiusKm = radius,
        };
    }

    /// <summary>Null when not given: the search then picks the order (nearest first when there is a point).</summary>
    public static SearchSort? Sort(string? text, SearchFilters filters, QueryErrors errors)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "":
                return null;
            case "relevance":
                return SearchSort.Relevance;
            case "name":
                return SearchSort.Name;
            case "distance":
                if (filters.Near is null)
                {
                    errors.Add("sort", "'sort=distance' needs 'near=lon,lat'.");
                }

                return SearchSort.Distance;
            default:
                errors.Add("sort", "'sort' must be relevance, distance or name.");
                return SearchSort.Relevance;
        }
    }

    /// <summary><c>places=false</c> searches every word as text (no place read from the words); default true.</summary>
    public static bool ReadPlaces(string? text, QueryErrors errors)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "true" or "1":
                return true;
            case "false" or "0":
                return false;
            default:
                errors.Add("places", "'places' must be true or false.");
                return true;
        }
    }

    public static string? Single(IQueryCollection q, string name, QueryErrors errors)
    {
        var values = q[name];
        if (values.Count > 1)
        {
            errors.Add(name, $"'{name}' may be given only once.");
            return null;
        }

        return values.Count == 1 ? values[0] : null;
    }

    public static BoundingBox? Box(string? text, string name, QueryErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var n = Numbers(text, 4);
        if (n is null || !GeoFactory.IsValidLongitude(n[0]) || !GeoFactory.IsValidLatitude(n[1])
            || !GeoFactory.IsValidLongitude(n[2]) || !GeoFactory.IsValidLatitude(n[3]) || n[1] > n[3])
        {
            errors.Add(name, $"'{name}' must be minLon,minLat,maxLon,maxLat in degrees (longitudes -180..180, latitudes -90..90, minLat ≤ maxLat).");
            return null;
        }

        return new BoundingBox(n[0], n[1], n[2], n[3]);
    }

    public static GeoPoint? Point(string? text, string name, QueryErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var n = Numbers(text, 2);
        if (n is null || !GeoFactory.IsValidLongitude(n[0]) || !GeoFactory.IsValidLatitude(n[1]))
        {
            errors.Add(name, $"'{name}' must be lon,lat in degrees (longitude -180..180, latitude -90..90).");
            return null;
        }

        return new GeoPoint(n[0], n[1]);
    }

    public static double? Number(string? text, string name, QueryErrors errors, double min, double max, bool exclusiveMin = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (text.Length > 32 || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || !double.IsFinite(value) || value < min || (exclusiveMin && value <= min) || value > max)
        {
            errors.Add(name, $"'{name}' must be a number {(exclusiveMin ? "above" : "from")} {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}.");
            return null;
        }

        return value;
    }

    private static double[]? Numbers(string text, int count)
    {
        if (text.Length > 200)
        {
            return null;
        }

        var parts = text.Split(',');
        if (parts.Length != count)
        {
            return null;
        }

        var result = new double[count];
        for (var i = 0; i < count; i++)
        {
            if (!double.TryParse(parts[i].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out result[i]) || !double.IsFinite(result[i]))
            {
                return null;
            }
        }

        return result;
    }

    private static IReadOnlyList<string> LegalStatusCodes(StringValues values, QueryErrors errors)
    {
        var codes = new List<string>();
        var raw = values.SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        if (raw.Count > TerritoryThemeFilters.MaxValuesPerParameter)
        {
            errors.Add("status", $"At most {TerritoryThemeFilters.MaxValuesPerParameter} values of 'status' are accepted.");
            return [];
        }

        foreach (var value in raw)
        {
            if (value.Length <= 32 && LegalStatuses.TryParseCode(value, out var status))
            {
                codes.Add(LegalStatuses.Code(status));
            }
            else
            {
                errors.Add("status", $"'{(value.Length > 40 ? value[..40] + "…" : value)}' is not a legal status code (association, scop, scic, cooperative, mutuelle, fondation, esus, autre).");
            }
        }

        return codes.Distinct(StringComparer.Ordinal).ToArray();
    }
}
