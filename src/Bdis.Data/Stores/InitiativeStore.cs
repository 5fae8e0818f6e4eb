using Bdis.Core.Initiatives;
using Bdis.Core.Reference;
using Bdis.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Bdis.Data.Stores;

/// <summary>
/// Writes single records (forms, moderation). Every write is validated first and is one transaction; the change log
/// rows that feed the search index are written in that same transaction by the table's triggers.
/// </summary>
public sealed class InitiativeStore(BdisDbContext db, Referentials referentials)
{
    public async Task<Initiative> CreateAsync(Initiative initiative, string? by, CancellationToken ct)
    {
        initiative.Slug = string.Empty;
        InitiativeRules.Validate(initiative, referentials);
        await PlaceFromOutlinesAsync(initiative, ct);
        await EnsureNetworkExistsAsync(initiative.NetworkCode, ct);
        await EnsureExternalIdFreeAsync(initiative, ct);
        initiative.Slug = await UniqueSlugAsync(initiative.Slug, ct);
        var now = DateTimeOffset.UtcNow;
        initiative.Provenance = initiative.Provenance with { CreatedAt = now, CreatedBy = by, UpdatedAt = now, UpdatedBy = by };
        db.Initiatives.Add(initiative);
        await db.SaveChangesAsync(ct);
        return initiative;
    }

    /// <summary>Replaces a record's content; its id, slug and creation stamp never change.</summary>
    public async Task<Initiative> UpdateAsync(Initiative changed, string? by, CancellationToken ct)
    {
        var current = await db.Initiatives.FirstOrDefaultAsync(i => i.Id == changed.Id, ct)
            ?? throw new BdisValidationException("id", "not_found", "Cette initiative n'existe pas (ou plus).");
        changed.Slug = current.Slug;
        InitiativeRules.Validate(changed, referentials);
        await PlaceFromOutlinesAsync(changed, ct);
        await EnsureNetworkExistsAsync(changed.NetworkCode, ct);
        await EnsureExternalIdFreeAsync(changed, ct);
        db.Entry(current).CurrentValues.SetValues(changed);
        current.Location = changed.Location;
        current.Themes = changed.Themes;
        current.Tags = changed.Tags;
        current.Address = changed.Address;
        current.Contacts = changed.Contacts;
        current.Provenance = changed.Provenance with
        {
            CreatedAt = current.Provenance.CreatedAt,
            CreatedBy = current.Provenance.CreatedBy,
            UpdatedAt = DateTimeOffset.UtcNow,
            UpdatedBy = by,
        };
        await db.SaveChangesAsync(ct);
        return current;
    }

    public async Task ArchiveAsync(Guid id, string? by, CancellationToken ct)
    {
        var affected = await db.Initiatives.Where(i => i.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.Status, InitiativeStatus.Archived)
            .SetProperty(i => i.Provenance.UpdatedAt, DateTimeOffset.UtcNow)
            .SetProperty(i => i.Provenance.UpdatedBy, by), ct);
        if (affected == 0)
        {
            throw new BdisValidationException("id", "not_found", "Cette initiative n'existe pas (ou plus).");
        }
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        if (await db.Initiatives.Where(i => i.Id == id).ExecuteDeleteAsync(ct) == 0)
        {
            throw new BdisValidationException("id", "not_found", "Cette initiative n'existe pas (ou plus).");
        }
    }

    /// <summary>A record the postcode could not place is placed by its location, when outlines are loaded.</summary>
    private async Task PlaceFromOutlinesAsync(Initiative initiative, CancellationToken ct)
    {
        if (initiative.Location is null || (initiative.DepartmentCode is not null && initiative.RegionCode is not null))
        {
            return;
        }

        var connection = (Npgsql.NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var (department, region) = await Territories.TerritoryLocator.LocateAsync(connection, initiative.Location, ct);
            initiative.DepartmentCode ??= department;
            initiative.RegionCode ??= region ?? referentials.Territories.FindDepartment(initiative.DepartmentCode)?.RegionCode;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task EnsureNetworkExistsAsync(string code, CancellationToken ct)
    {
        if (!await db.Networks.AnyAsync(n => n.Code == code, ct))
        {
            throw new BdisValidationException("network", "unknown_network", $"Le réseau « {code} » n'existe pas.");
        }
    }

    private async Task EnsureExternalIdFreeAsync(Initiative initiative, CancellationToken ct)
    {
        if (initiative.ExternalId is { } externalId
            && await db.Initiatives.AnyAsync(i => i.NetworkCode == initiative.NetworkCode && i.ExternalId == externalId && i.Id != initiative.Id, ct))
        {
            throw new BdisValidationException("externalId", "duplicate_external_id",
                $"Le réseau {initiative.NetworkCode} a déjà une initiative avec l'identifiant « {externalId} ».");
        }
    }

    private async Task<string> UniqueSlugAsync(string baseSlug, CancellationToken ct)
    {
        var taken = await db.Initiatives.Where(i => i.Slug == baseSlug || i.Slug.StartsWith(baseSlug + "-"))
            .Select(i => i.Slug).ToListAsync(ct);
        var set = taken.ToHashSet(StringComparer.Ordinal);
        return Slug.Unique(baseSlug, set.Contains);
    }
}
