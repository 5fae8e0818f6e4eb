namespace Bdis.Import.Parsing;

/// <summary>Rough boxes around metropolitan France, Corsica and the overseas territories, to spot swapped coordinates.</summary>
public static class FranceBounds
{
    private static readonly (double MinLon, double MinLat, double MaxLon, double MaxLat)[] Boxes =
    [
        (-5.6, 41.2, 9.8, 51.2),      // metropolitan France and Corsica
        (-61.9, 15.8, -60.9, 16.6),   // Guadeloupe
        (-61.3, 14.3, -60.7, 14.9),   // Martinique
        (-54.7, 2.0, -51.5, 6.0),     // Guyane
        (55.1, -21.5, 55.9, -20.8),   // La Réunion
        (44.9, -13.1, 45.4, -12.5),   // Mayotte
        (-63.2, 17.8, -62.7, 18.2),   // Saint-Martin, Saint-Barthélemy
        (-56.5, 46.7, -56.1, 47.2),   // Saint-Pierre-et-Miquelon
    ];

    public static bool Contains(double longitude, double latitude) =>
        Boxes.Any(b => longitude >= b.MinLon && longitude <= b.MaxLon && latitude >= b.MinLat && latitude <= b.MaxLat);
}
