using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Comites;
using Passerelle.Web.Features.Envois;
using Passerelle.Web.Features.Utilisateurs;

namespace Passerelle.Web.Features.Pilotage.Catalogue;

/// <summary>
/// The delivery journal of the entry reminders (<see cref="EnvoiRappelsSaisie"/>): one row per meeting and pilot, inserted
/// (unique on meeting and user) before the mail leaves, as the persons' journal <see cref="Envoi"/> does — which cannot hold
/// it, its rows belonging to a person. A row left <see cref="StatutEnvoi.EnAttente"/> or in failure is never sent again.
/// </summary>
public class RappelComite : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int ReunionId { get; set; }
    public required string UtilisateurId { get; set; }
    public required string Destinataire { get; set; }
    public StatutEnvoi Statut { get; set; }
    public string? Erreur { get; set; }
    public DateTime CreeLe { get; set; }
    public DateTime? EnvoyeLe { get; set; }
}

internal sealed class RappelComiteConfiguration : IEntityTypeConfiguration<RappelComite>
{
    public void Configure(EntityTypeBuilder<RappelComite> builder)
    {
        builder.ToTable("RappelsSaisieComite");
        builder.Property(r => r.Destinataire).HasMaxLength(300);
        builder.Property(r => r.Statut).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.Erreur).HasMaxLength(500);
        builder.HasIndex(r => new { r.ReunionId, r.UtilisateurId }).IsUnique();
        builder.HasIndex(r => r.UtilisateurId);
        builder.HasOne<Reunion>().WithMany().HasForeignKey(r => r.ReunionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Utilisateur>().WithMany().HasForeignKey(r => r.UtilisateurId).OnDelete(DeleteBehavior.Cascade);
    }
}
