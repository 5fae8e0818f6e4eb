using Bdis.Core.Geo;
using Bdis.Core.Initiatives;
using Bdis.Core.Reference;
using Bdis.Data;
using Bdis.Data.Stores;

namespace Bdis.Search.Tests;

/// <summary>Writes through the real store (the path forms and imports take), so the change-log triggers fire.</summary>
public static class Records
{
    private static readonly Lazy<Referentials> SharedReferentials = new(() => Referentials.Load());

    public static Initiative New(string name, string description = "Un lieu de test.", string postcode = "35000", double lon = -1.68, double lat = 48.11) => new()
    {
        Name = name,
        Description = description,
        NetworkCode = "APEAS",
        Themes = ["jardin-partage"],
        Address = new PostalAddress { Postcode = postcode },
        Location = GeoFactory.Point(lon, lat),
        Status = InitiativeStatus.Published,
    };

    public static async Task<Initiative> CreateAsync(string connectionString, Initiative initiative)
    {
        await using var db = BdisDbContextOptions.CreateContext(connectionString);
        return await new InitiativeStore(db, SharedReferentials.Value).CreateAsync(initiative, "test", default);
    }

    public static async Task UpdateAsync(string connectionString, Initiative changed)
    {
        await using var db = BdisDbContextOptions.CreateContext(connectionString);
        await new InitiativeStore(db, SharedReferentials.Value).UpdateAsync(changed, "test", default);
    }

    public static async Task ArchiveAsync(string connectionString, Guid id)
    {
        await using var db = BdisDbContextOptions.CreateContext(connectionString);
        await new InitiativeStore(db, SharedReferentials.Value).ArchiveAsync(id, "test", default);
    }

    public static async Task DeleteAsync(string connectionString, Guid id)
    {
        await using var db = BdisDbContextOptions.CreateContext(connectionString);
        await new InitiativeStore(db, SharedReferentials.Value).DeleteAsync(id, default);
    }
}
