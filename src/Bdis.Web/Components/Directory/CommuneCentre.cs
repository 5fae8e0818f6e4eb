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
