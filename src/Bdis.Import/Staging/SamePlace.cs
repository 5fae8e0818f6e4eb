using System.Globalization;
using Bdis.Core.Geo;

namespace Bdis.Import.Staging;

/// <summary>
/// The identity rule for rows without an id. Same normalised name and postcode is not enough: a rural postcode serves
/// several communes ("Bibliothèque" of Castellane and of Rougon, 04120), and one commune may hold two places of one
/// name. Two rows designate the same place only when they also agree on the commune (INSEE code when known, else its
/// name), on the street, and, both being placed, on the position within <see cref="MaxMetres"/>. A value missing on
/// either side does not disagree. Rows with an id are the same exactly when their ids are. The merge
/// (<c>Merger.MatchExistingAsync</c>) applies the same rule, written in SQL, to the records already stored.
/// </summary>
public static class SamePlace
{
    /// <summary>
    /// Why 100 m: one place written twice is placed by one tool, so its rows have the same coordinates up to float noise
    /// (0.1 m between the two Melun rows of the France Services file); a pin moved by hand onto the building, or an
    /// address geocoded at street rather than number level, stays within a few tens of metres in a town. Two places of
    /// one name in one commune are further apart (the Région Sud file has pairs at 199 m and 751 m; its pair at 61 m,
    /// and those at 0 m geocoded to the commune's centre, differ by their street). Erring small makes a possible
    /// duplicate record; erring large would lose a place, which is worse.
    /// </summary>
    public const double MaxMetres = 100;

    /// <summary>In file order, each row is a repeat of the first earlier distinct place it agrees with, or a distinct place itself.</summary>
    public static Resolution Resolve(IEnumerable<PlaceFacts> rows)
    {
        var resolution = new Resolution();
        foreach (var group in rows.GroupBy(r => r.IdentityKey, StringComparer.Ordinal))
        {
            var places = new List<PlaceFacts>();
            foreach (var row in group.OrderBy(r => r.Line))
            {
                var byId = row.IdentityKey.StartsWith("id:", StringComparison.Ordinal);
                var same = byId ? places.FirstOrDefault() : places.FirstOrDefault(p => Agrees(p, row));
                if (same is not null)
                {
                    resolution.Repeats.Add((row.Line, same.Line, byId));
                    continue;
                }

                if (places.Count > 0)
                {
                    resolution.Distinct.Add((row.Line, places[0].Line, Difference(places[0], row)));
                }

                places.Add(row);
            }
        }

        resolution.Repeats.Sort();
        resolution.Distinct.Sort();
        return resolution;
    }

    public static bool Agrees(PlaceFacts a, PlaceFacts b) =>
        Same(a.Commune, b.Commune) && Same(a.Street, b.Street) && (Metres(a, b) is not { } metres || metres <= MaxMetres);

    private static bool Same(string? a, string? b) => a is null || b is null || string.Equals(a, b, StringComparison.Ordinal);

    private static double? Metres(PlaceFacts a, PlaceFacts b) =>
        a is { Latitude: { } lat1, Longitude: { } lon1 } && b is { Latitude: { } lat2, Longitude: { } lon2 }
            ? Distance.HaversineKm(lat1, lon1, lat2, lon2) * 1000
            : null;

    /// <summary>How the row differs from the first place of its name, in the report's words.</summary>
    private static string Difference(PlaceFacts first, PlaceFacts row)
    {
        var parts = new List<string>();
        if (!Same(first.Commune, row.Commune))
        {
            parts.Add("une autre commune");
        }

        if (!Same(first.Street, row.Street))
        {
            parts.Add("une autre adresse");
        }

        if (Metres(first, row) is { } metres && metres > MaxMetres)
        {
            parts.Add(metres < 10_000
                ? string.Create(CultureInfo.InvariantCulture, $"une position à {metres:0} m")
                : string.Create(CultureInfo.InvariantCulture, $"une position à {metres / 1000:0} km"));
        }

        return parts.Count == 1 ? parts[0] : string.Join(", ", parts[..^1]) + " et " + parts[^1];
    }

    /// <summary>Repeats as (line, line of the place it repeats, whether by id); distinct places of a shared name as (line, first line, how they differ).</summary>
    public sealed class Resolution
    {
        public List<(long Line, long FirstLine, bool ById)> Repeats { get; } = [];

        public List<(long Line, long FirstLine, string Difference)> Distinct { get; } = [];
    }
}
