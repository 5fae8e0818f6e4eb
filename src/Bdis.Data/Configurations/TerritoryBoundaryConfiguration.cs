using Bdis.Data.Territories;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bdis.Data.Configurations;

internal sealed class TerritoryBoundaryConfiguration : IEntityTypeConfiguration<TerritoryBoundary>
{
    public void Configure(EntityTypeBuilder<TerritoryBoundary> b)
    {
        b.ToTable("territory_boundaries");
        b.HasKey(t => new { t.Kind, t.Code });
        b.Property(t => t.Kind).HasColumnName("kind").HasMaxLength(16);
        b.Property(t => t.Code).HasColumnName("code").HasMaxLength(3);
        b.Property(t => t.Name).HasColumnName("name").HasMaxLength(200);
        b.Property(t => t.Outline).HasColumnName("outline").HasColumnType("geometry(Geometry, 4326)");
        b.HasIndex(t => t.Outline).HasMethod("gist");
    }
}
