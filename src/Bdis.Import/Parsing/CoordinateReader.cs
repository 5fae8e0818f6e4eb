using System.Globalization;
using System.Text.RegularExpressions;

namespace Bdis.Import.Parsing;

/// <summary>
/// Reads the position of a row from two columns or a single "lat,lon" / "POINT(lon lat)" column, in WGS84 degrees or
/// Lambert-93 metres, and corrects latitude/longitude given the wrong way round for France.
/// </summary>
public static partial class CoordinateReader
{
    private const int MaxPointText = 200;

    private const string NotOnMap = "l'initiative est importée sans position (elle est listée mais absente de la carte)";

    public static CoordinateResult FromColumns(string? latitudeText, string? longitudeText, CoordinateSystemHint hint)
    {
        var hasLat = !string.IsNullOrWhiteSpace(latitudeText);
        var hasLon = !string.IsNullOrWhiteSpace(longitudeText);
        if (!hasLat && !hasLon)
        {
            return CoordinateResult.None;
        }

        if (!hasLat || !hasLon)
        {
            return CoordinateResult.Unusable($"Une seule des deux coordonnées est renseignée : {NotOnMap}.");
        }

        if (!TryCoordinate(latitudeText, out var y) || !TryCoordinate(longitudeText, out var x))
        {
            return CoordinateResult.Unusable($"Coordonnées illisibles « {Short(latitudeText)} », « {Short(longitudeText)} » : {NotOnMap}.");
        }

        return Place(x, y, hint);
    }

    /// <summary>"43.53, 5.44" (latitude first, as maps show it), "43,53;5,44", or WKT "POINT(5.44 43.53)" (longitude first).</summary>
    public static CoordinateResult FromSingleColumn(string? text, CoordinateSystemHint hint)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return CoordinateResult.None;
        }

        // A point's text is short; a longer cell is not one (and the pattern, which has no match timeout, stays cheap).
        var wkt = text.Length <= MaxPointText ? WktPoint().Match(text) : Match.Empty;
        if (wkt.Success)
        {
            return NumberText.TryParse(wkt.Groups["x"].Value, out var wx) && NumberText.TryParse(wkt.Groups["y"].Value, out var wy)
                ? Place(wx, wy, hint)
                : CoordinateResult.Unusable($"Point illisible « {Short(text)} » : {NotOnMap}.");
        }

        if (SplitPair(text) is var (first, second) && TryCoordinate(first, out var lat) && TryCoordinate(second, out var lon))
        {
            return Place(lon, lat, hint);
        }

        return CoordinateResult.Unusable($"Coordonnées illisibles « {Short(text)} » : {NotOnMap}.");
    }

    private static bool TryCoordinate(string? text, out double value) =>
        NumberText.TryParse(text, out value) || DegreeText.TryParse(text, out value);

    private static CoordinateResult Place(double x, double y, CoordinateSystemHint hint)
    {
        var lambert = hint == CoordinateSystemHint.Lambert93
            || (hint == CoordinateSystemHint.Detect && (Math.Abs(x) > 180 || Math.Abs(y) > 90) && Lambert93.LooksLikeLambert93(x, y));
        if (lambert)
        {
            if (!Lambert93.LooksLikeLambert93(x, y))
            {
                return CoordinateResult.Unusable($"Les coordonnées Lambert-93 ({Format(x)} ; {Format(y)}) sont hors de la France métropolitaine : {NotOnMap}.");
            }

            var (lon, lat) = Lambert93.ToWgs84(x, y);
            return new CoordinateResult(Math.Round(lon, 7), Math.Round(lat, 7), null);
        }

        if (Math.Abs(y) > 90 || Math.Abs(x) > 180)
        {
            if (Math.Abs(x) <= 90 && Math.Abs(y) <= 180 && FranceBounds.Contains(y, x))
            {
                return Swapped(x, y);
            }

            return CoordinateResult.Unusable($"Les coordonnées (latitude {Format(y)}, longitude {Format(x)}) sont hors limites : {NotOnMap}.");
        }

        if (!FranceBounds.Contains(x, y) && FranceBounds.Contains(y, x))
        {
            return Swapped(x, y);
        }

        return new CoordinateResult(x, y, null);
    }

    private static CoordinateResult Swapped(double x, double y) =>
        new(y, x, $"Latitude et longitude semblent inversées (latitude {Format(y)}, longitude {Format(x)}) : elles ont été remises dans l'ordre.");

    private static (string, string)? SplitPair(string text)
    {
        foreach (var separator in new[] { ";", ", ", " , ", "\t", " " })
        {
            var parts = text.Trim().Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length == 2)
            {
                return (parts[0], parts[1]);
            }
        }

        var commaParts = text.Split(',', StringSplitOptions.TrimEntries);
        return commaParts.Length switch
        {
            2 => (commaParts[0], commaParts[1]),
            4 => (commaParts[0] + "," + commaParts[1], commaParts[2] + "," + commaParts[3]),
            _ => null,
        };
    }

    private static string Format(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    private static string Short(string? text) => text is null ? string.Empty : text.Length <= 40 ? text.Trim() : text[..40].Trim() + "…";

    [GeneratedRegex(@"^\s*(SRID=\d+;\s*)?POINT\s*\(\s*(?<x>[-+0-9.,eE]+)\s+(?<y>[-+0-9.,eE]+)\s*\)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WktPoint();
}
