using Bdis.Core.Initiatives;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bdis.Data.Configurations;

internal sealed class InitiativeConfiguration : IEntityTypeConfiguration<Initiative>
{
    public void Configure(EntityTypeBuilder<Initiative> b)
    {
        b.ToTable("initiatives");
        b.HasKey(i => i.Id);
        b.Property(i => i.Id).HasColumnName("id").ValueGeneratedNever();
        b.Property(i => i.Slug).HasColumnName("slug").HasMaxLength(100).IsRequired();
        b.Property(i => i.Name).HasColumnName("name").HasMaxLength(Initiative.NameMax).IsRequired();
        b.Property(i => i.Summary).HasColumnName("summary").HasMaxLength(Initiative.SummaryMax);
        b.Property(i => i.Description).HasColumnName("description").HasMaxLength(Initiative.DescriptionMax);
        b.ComplexProperty(i => i.Address, a =>
        {
            a.Property(x => x.Street).HasColumnName("street").HasMaxLength(Initiative.StreetMax);
            a.Property(x => x.Postcode).HasColumnName("postcode").HasMaxLength(10);
            a.Property(x => x.Commune).HasColumnName("commune").HasMaxLength(Initiative.CommuneMax);
            a.Property(x => x.InseeCode).HasColumnName("insee_code").HasMaxLength(5);
        });
        b.Property(i => i.Location).HasColumnName("location").HasColumnType("geometry(Point, 4326)");
        b.Property(i => i.RegionCode).HasColumnName("region_code").HasMaxLength(3);
        b.Property(i => i.DepartmentCode).HasColumnName("department_code").HasMaxLength(3);
        b.Property(i => i.Themes).HasColumnName("themes").IsRequired();
        b.Property(i => i.Tags).HasColumnName("tags").IsRequired();
        b.Property(i => i.NetworkCode).HasColumnName("network_code").HasMaxLength(32).IsRequired();
        b.Property(i => i.ExternalId).HasColumnName("external_id").HasMaxLength(Initiative.ExternalIdMax);
        b.ComplexProperty(i => i.Contacts, c =>
        {
            c.Property(x => x.Website).HasColumnName("website").HasMaxLength(Initiative.WebsiteMax);
            c.Property(x => x.Email).HasColumnName("email").HasMaxLength(Initiative.EmailMax);
            c.Property(x => x.Phone).HasColumnName("phone").HasMaxLength(Initiative.PhoneMax);
        });
        b.Property(i => i.LegalStatus).HasColumnName("legal_status");
        b.Property(i => i.Siret).HasColumnName("siret").HasMaxLength(14).IsFixedLength();
        b.Property(i => i.Status).HasColumnName("status");
        b.ComplexProperty(i => i.Provenance, p =>
        {
            p.Property(x => x.Kind).HasColumnName("source_kind");
            p.Property(x => x.Reference).HasColumnName("source_ref").HasMaxLength(300);
            p.Property(x => x.CreatedAt).HasColumnName("created_at");
            p.Property(x => x.CreatedBy).HasColumnName("created_by").HasMaxLength(200);
            p.Property(x => x.UpdatedAt).HasColumnName("updated_at");
            p.Property(x => x.UpdatedBy).HasColumnName("updated_by").HasMaxLength(200);
        });

        b.HasOne<Core.Networks.Network>().WithMany().HasForeignKey(i => i.NetworkCode).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(i => i.Slug).IsUnique();
        b.HasIndex(i => new { i.NetworkCode, i.ExternalId }).IsUnique().HasFilter("external_id IS NOT NULL");
        b.HasIndex(i => i.Location).HasMethod("gist");
        b.HasIndex(i => i.Themes).HasMethod("gin");
        b.HasIndex(i => new { i.RegionCode, i.Status });
        b.HasIndex(i => new { i.DepartmentCode, i.Status });
        b.HasIndex(i => new { i.Status, i.Name });
        b.HasIndex(i => i.Siret).HasFilter("siret IS NOT NULL");
    }
}
