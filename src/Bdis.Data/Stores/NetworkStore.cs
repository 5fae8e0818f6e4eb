using Bdis.Core.Networks;
using Bdis.Core.Reference;
using Bdis.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Bdis.Data.Stores;

public sealed class NetworkStore(BdisDbContext db, Referentials referentials)
{
    public async Task<Network> AddAsync(Network network, CancellationToken ct)
    {
        NetworkRules.Validate(network, referentials.Territories);
        if (await db.Networks.AnyAsync(n => n.Code == network.Code, ct))
        {
            throw new BdisValidationException("code", "duplicate_network", $"Le réseau « {network.Code} » existe déjà.");
        }

        db.Networks.Add(network);
        await db.SaveChangesAsync(ct);
        return network;
    }

    public Task<List<Network>> ListAsync(CancellationToken ct) => db.Networks.AsNoTracking().OrderBy(n => n.Code).ToListAsync(ct);

    public Task<Network?> FindAsync(string code, CancellationToken ct) =>
        db.Networks.AsNoTracking().FirstOrDefaultAsync(n => n.Code == NetworkRules.NormalizeCode(code), ct);
}
