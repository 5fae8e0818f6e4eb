using Bdis.Core.Initiatives;
using Bdis.Core.Reference;
using Microsoft.EntityFrameworkCore;

namespace Bdis.Data.Queries;

/// <summary>Read side for public pages and the initiatives API: published records only.</summary>
public sealed class InitiativeQueries(BdisDbContext db, Referentials referentials)
{
    public async Task<Page<Initiative>> ListPublishedAsync(InitiativeFilter filter, int page, int pageSize, CancellationToken ct)
    {
        var query = db.Initiatives.AsNoTracking().Where(i => i.Status == InitiativeStatus.Published);
        if (filter.Networks.Count > 0)
        {
            query = query.Where(i => filter.Networks.Contains(i.NetworkCode));
        }

        if (filter.Regions.Count > 0)
        {
            query = query.Where(i => i.RegionCode != null && filter.Regions.Contains(i.RegionCode));
        }

        if (filter.Departments.Count > 0)
        {
            query = query.Where(i => i.DepartmentCode != null && filter.Departments.Contains(i.DepartmentCode));
        }

        if (filter.Themes.Count > 0)
        {
            // Records store their own themes only (the search index also stores their top themes): a top theme is
            // expanded into its sub-themes here, the one place the database side needs it.
            var themes = filter.Themes.SelectMany(referentials.Themes.Expand).Distinct(StringComparer.Ordinal).ToArray();
            query = query.Where(i => i.Themes.Any(t => themes.Contains(t)));
        }

        if (filter.LegalStatuses.Count > 0)
        {
            var statuses = filter.LegalStatuses.Select(c => LegalStatuses.TryParseCode(c, out var s) ? s : (LegalStatus?)null)
                .OfType<LegalStatus>().ToArray();
            query = query.Where(i => statuses.Contains(i.LegalStatus));
        }

        var total = await query.LongCountAsync(ct);
        var items = await query.OrderBy(i => i.Name).ThenBy(i => i.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new Page<Initiative>(total, page, pageSize, items);
    }

    public Task<Initiative?> FindPublishedAsync(string slug, CancellationToken ct) =>
        db.Initiatives.AsNoTracking().FirstOrDefaultAsync(i => i.Slug == slug && i.Status == InitiativeStatus.Published, ct);

    public Task<long> CountAsync(CancellationToken ct) => db.Initiatives.LongCountAsync(ct);
}
