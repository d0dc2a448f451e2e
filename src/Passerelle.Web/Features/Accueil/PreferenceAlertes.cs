using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Accueil;

/// <summary>A user's choice to receive each morning the e-mail of their late and coming deadlines (<see cref="DigestEcheances"/>).</summary>
public class PreferenceAlertes : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public required string UtilisateurId { get; set; }
    public bool DigestQuotidien { get; set; }
    /// <summary>The day the latest digest was claimed: the conditional update on it is what sends one digest a day, whatever the number of instances.</summary>
    public DateOnly? DernierDigest { get; set; }
}

internal sealed class PreferenceAlertesConfiguration : IEntityTypeConfiguration<PreferenceAlertes>
{
    public void Configure(EntityTypeBuilder<PreferenceAlertes> builder)
    {
        builder.ToTable("PreferencesAlertes");
        builder.Property(p => p.UtilisateurId).HasMaxLength(450);
        builder.HasIndex(p => p.UtilisateurId).IsUnique();
        builder.HasIndex(p => new { p.DigestQuotidien, p.DepartementId });
        builder.HasOne<Utilisateurs.Utilisateur>().WithMany().HasForeignKey(p => p.UtilisateurId).OnDelete(DeleteBehavior.Cascade);
    }
}
