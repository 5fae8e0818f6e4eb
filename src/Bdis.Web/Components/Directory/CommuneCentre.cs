using Bdis.Core.Initiatives;
using Bdis.Core.Territories;
using Bdis.Data;
using Bdis.Search.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Bdis.Web.Components.Directory;

/// <summary>
/// Where to centre "aller à une commune": the reference data has no commune coordinates, so the centre is the mean
/// position of the published initiatives of that commune (by INSEE code or postcode). Null when it has none.
/// </summary>
public sealed class CommuneCentre(BdisDbContext db)
{
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

    public async Task<GeoPoint?> FindAsync(IReadOnlyList<Commune> communes, CancellationToken ct)
    {
        var insee = communes.Select(c => c.InseeCode).ToArray();
        var postcodes = communes.SelectMany(c => c.Postcodes).Distinct().ToArray();
        var points = await db.Initiatives.AsNoTracking()
            .Where(i => i.Status == InitiativeStatus.Published && i.Location != null
                && ((i.Address.InseeCode != null && insee.Contains(i.Address.InseeCode))
                    || (i.Address.Postcode != null && postcodes.Contains(i.Address.Postcode))))
            .Select(i => new { Lon = i.Location!.X, Lat = i.Location!.Y })
            .Take(500)
            .ToListAsync(ct);
        return points.Count == 0 ? null : new GeoPoint(points.Average(p => p.Lon), points.Average(p => p.Lat));
    }
}
