using System.Globalization;
using Bdis.Core.Geo;
using Bdis.Core.Initiatives;
using Bdis.Core.Networks;
using Bdis.Core.Reference;
using Bdis.Core.Validation;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Bdis.Data.Seeding;

/// <summary>Loads the fictional demo networks and initiatives of <c>data/demo/</c>.</summary>
public static class DemoSeeder
{
    /// <summary>Loads the demo data when the store has no initiative yet; returns how many initiatives were added.</summary>
    public static async Task<int> SeedIfEmptyAsync(string connectionString, Referentials referentials, ILogger logger, CancellationToken ct)
    {
        await using var db = BdisDbContextOptions.CreateContext(connectionString);
        if (await db.Initiatives.AnyAsync(ct))
        {
            return 0;
        }

        var count = await SeedAsync(db, referentials, Path.Combine(DataFolder.Locate(), "demo"), ct);
        logger.LogInformation("Loaded {Count} demo initiatives", count);
        return count;
    }

    /// <summary>Adds the demo networks that are missing and every demo initiative, in one transaction.</summary>
    public static async Task<int> SeedAsync(BdisDbContext db, Referentials referentials, string folder, CancellationToken ct)
    {
        var networks = ReadNetworks(Path.Combine(folder, "networks.csv"));
        var initiatives = ReadInitiatives(Path.Combine(folder, "initiatives.csv"), referentials);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var existing = await db.Networks.Select(n => n.Code).ToListAsync(ct);
        foreach (var network in networks.Where(n => !existing.Contains(n.Code)))
        {
            NetworkRules.Validate(network, referentials.Territories);
            db.Networks.Add(network);
        }

        var taken = (await db.Initiatives.Select(i => i.Slug).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        foreach (var initiative in initiatives)
        {
            initiative.Slug = Slug.Unique(initiative.Slug, taken.Contains);
            taken.Add(initiative.Slug);
            db.Initiatives.Add(initiative);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return initiatives.Count;
    }

    private static List<Network> ReadNetworks(string path)
    {
        using var csv = Open(path);
        var networks = new List<Network>();
        foreach (var row in csv)
        {
            networks.Add(new Network
            {
                Code = Field(row, "code") ?? string.Empty,
                Name = Field(row, "name") ?? string.Empty,
                Website = Field(row, "website"),
                Regions = (Field(row, "regions") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList(),
            });
        }

        return networks;
    }

    private static List<Initiative> ReadInitiatives(string path, Referentials referentials)
    {
        using var csv = Open(path);
        var initiatives = new List<Initiative>();
        foreach (var row in csv)
        {
            var line = row.RowNumber + 1;
            var initiative = new Initiative
            {
                ExternalId = Field(row, "external_id"),
                NetworkCode = (Field(row, "network") ?? string.Empty),
                Name = (Field(row, "name") ?? string.Empty),
                Summary = Field(row, "summary"),
                Description = Field(row, "description"),
                Address = new PostalAddress
                {
                    Street = Field(row, "street"),
                    Postcode = Field(row, "postcode"),
                    Commune = Field(row, "commune"),
                    InseeCode = Field(row, "insee"),
                },
                Location = ParsePoint(Field(row, "longitude"), Field(row, "latitude")),
                Themes = (Field(row, "themes") ?? string.Empty).Split('|', StringSplitOptions.RemoveEmptyEntries).ToList(),
                LegalStatus = LegalStatuses.TryParseCode(Field(row, "legal_status"), out var legal) ? legal : LegalStatus.Other,
                Siret = Field(row, "siret"),
                Contacts = new Contacts { Website = Field(row, "website"), Email = Field(row, "email"), Phone = Field(row, "phone") },
                Status = Enum.Parse<InitiativeStatus>((Field(row, "status") ?? string.Empty), ignoreCase: true),
                Provenance = Provenance.Now(SourceKind.Demo, "data/demo/initiatives.csv", "demo"),
            };
            try
            {
                InitiativeRules.Validate(initiative, referentials);
            }
            catch (BdisValidationException e)
            {
                throw new InvalidDataException($"{path}, row {line}: {e.Message}", e);
            }

            initiatives.Add(initiative);
        }

        return initiatives;
    }

    private static CsvReader Open(string path) => CsvReader.FromFile(path, new CsvReaderOptions { Separator = ';' });

    private static string? Field(CsvRow row, string name) => NullIfEmpty(row[name].ToString());

    private static NetTopologySuite.Geometries.Point? ParsePoint(string? lon, string? lat) =>
        double.TryParse(lon, NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
        && double.TryParse(lat, NumberStyles.Float, CultureInfo.InvariantCulture, out var y)
            ? GeoFactory.Point(x, y)
            : null;

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
