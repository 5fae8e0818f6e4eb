using Bdis.Core.Initiatives;
using Bdis.Core.Networks;
using Bdis.Data.ChangeLog;
using Bdis.Data.Territories;
using Microsoft.EntityFrameworkCore;

namespace Bdis.Data;

public sealed class BdisDbContext(DbContextOptions<BdisDbContext> options) : DbContext(options)
{
    public DbSet<Initiative> Initiatives => Set<Initiative>();

    public DbSet<Network> Networks => Set<Network>();

    public DbSet<ChangeLogEntry> ChangeLog => Set<ChangeLogEntry>();

    public DbSet<TerritoryBoundary> Boundaries => Set<TerritoryBoundary>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("postgis");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BdisDbContext).Assembly);
    }
}
