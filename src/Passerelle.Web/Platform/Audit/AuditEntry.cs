using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Passerelle.Web.Platform.Audit;

/// <summary>An append-only record of who did what to which record, when and from where.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime Horodatage { get; set; }
    public int? DepartementId { get; set; }
    public string? UtilisateurId { get; set; }
    public string? Utilisateur { get; set; }
    public required string Action { get; set; }
    public string? Objet { get; set; }
    public string? ObjetId { get; set; }
    public string? AdresseIp { get; set; }
    public string? Details { get; set; }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("JournalAudit");
        builder.Property(a => a.Action).HasMaxLength(60);
        builder.Property(a => a.Objet).HasMaxLength(60);
        builder.Property(a => a.ObjetId).HasMaxLength(64);
        builder.Property(a => a.Utilisateur).HasMaxLength(256);
        builder.Property(a => a.UtilisateurId).HasMaxLength(64);
        builder.Property(a => a.AdresseIp).HasMaxLength(45);
        builder.Property(a => a.Details).HasMaxLength(2000);
        builder.HasIndex(a => new { a.DepartementId, a.Horodatage });
        builder.HasIndex(a => new { a.DepartementId, a.Objet, a.ObjetId });
    }
}
