using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;

namespace Passerelle.Web.Features.EspacePersonnel;

/// <summary>
/// Ties a beneficiary's account to their person, set by an agent from the person page (they know the
/// person; the account administrator does not see dossiers). One person per account: the account sees
/// that person's space and nothing else.
/// </summary>
public class LienEspacePersonnel : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public required string UtilisateurId { get; set; }
    public int PersonneId { get; set; }
    public Personne? Personne { get; set; }
    public DateTime CreeLe { get; set; }
    public required string CreePar { get; set; }
}

internal sealed class LienEspacePersonnelConfiguration : IEntityTypeConfiguration<LienEspacePersonnel>
{
    public void Configure(EntityTypeBuilder<LienEspacePersonnel> builder)
    {
        builder.ToTable("LiensEspacePersonnel");
        builder.Property(l => l.UtilisateurId).HasMaxLength(450);
        builder.Property(l => l.CreePar).HasMaxLength(200);
        builder.HasIndex(l => l.UtilisateurId).IsUnique();
        builder.HasIndex(l => l.PersonneId);
        builder.HasOne<Utilisateurs.Utilisateur>().WithMany().HasForeignKey(l => l.UtilisateurId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(l => l.Personne).WithMany().HasForeignKey(l => l.PersonneId).OnDelete(DeleteBehavior.Cascade);
    }
}
