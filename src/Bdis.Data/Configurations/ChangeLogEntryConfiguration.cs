using Bdis.Data.ChangeLog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bdis.Data.Configurations;

internal sealed class ChangeLogEntryConfiguration : IEntityTypeConfiguration<ChangeLogEntry>
{
    public void Configure(EntityTypeBuilder<ChangeLogEntry> b)
    {
        b.ToTable("change_log");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).HasColumnName("id").UseIdentityAlwaysColumn();
        b.Property(c => c.InitiativeId).HasColumnName("initiative_id");
        b.Property(c => c.Operation).HasColumnName("operation").HasColumnType("char(1)");
        b.Property(c => c.TransactionId).HasColumnName("tx_id").HasColumnType("xid8").HasDefaultValueSql("pg_current_xact_id()");
        b.Property(c => c.ChangedAt).HasColumnName("changed_at").HasDefaultValueSql("clock_timestamp()");
        b.HasIndex(c => c.TransactionId);
    }
}
