using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Coordonnees;

/// <summary>One change of a contact detail or consent: who, when, the old and the new value (history shown on the person page).</summary>
public class ChangementCoordonnees : ITenantOwned
{
    public long Id { get; set; }
    public int DepartementId { get; set; }
    public int PersonneId { get; set; }
    public required string Champ { get; set; }
    public string? Ancienne { get; set; }
    public string? Nouvelle { get; set; }
    public required string Par { get; set; }
    public DateTime Le { get; set; }
}

internal sealed class ChangementCoordonneesConfiguration : IEntityTypeConfiguration<ChangementCoordonnees>
{
    public void Configure(EntityTypeBuilder<ChangementCoordonnees> builder)
    {
        builder.ToTable("ChangementsCoordonnees");
        builder.Property(c => c.Champ).HasMaxLength(40);
        builder.Property(c => c.Ancienne).HasMaxLength(300);
        builder.Property(c => c.Nouvelle).HasMaxLength(300);
        builder.Property(c => c.Par).HasMaxLength(200);
        builder.HasIndex(c => new { c.PersonneId, c.Le });
        builder.HasOne<Dossiers.Personne>().WithMany().HasForeignKey(c => c.PersonneId).OnDelete(DeleteBehavior.Cascade);
    }
}
