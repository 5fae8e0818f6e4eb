using Bdis.Core.Networks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bdis.Data.Configurations;

internal sealed class NetworkConfiguration : IEntityTypeConfiguration<Network>
{
    public void Configure(EntityTypeBuilder<Network> b)
    {
        b.ToTable("networks");
        b.HasKey(n => n.Code);
        b.Property(n => n.Code).HasColumnName("code").HasMaxLength(Network.CodeMax);
        b.Property(n => n.Name).HasColumnName("name").HasMaxLength(Network.NameMax).IsRequired();
        b.Property(n => n.Website).HasColumnName("website").HasMaxLength(500);
        b.Property(n => n.Regions).HasColumnName("regions").IsRequired();
        b.Property(n => n.CreatedAt).HasColumnName("created_at");
    }
}
