using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires;

/// <summary>
/// The président du conseil départemental's delegation of signature for EP decisions to one agent, dated: only an
/// agent holding a delegation in force on the decision's day decides, and the letter names them with <see cref="Qualite"/>.
/// </summary>
public class DelegationDecision : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public required string UtilisateurId { get; set; }
    /// <summary>As printed under the signature: « Vice-présidente déléguée à l'insertion », « Directrice de l'insertion »…</summary>
    public required string Qualite { get; set; }
    public DateOnly Debut { get; set; }
    public DateOnly? Fin { get; set; }

    public bool EnVigueur(DateOnly jour) => Debut <= jour && (Fin is null || Fin >= jour);
}

internal sealed class DelegationDecisionConfiguration : IEntityTypeConfiguration<DelegationDecision>
{
    public void Configure(EntityTypeBuilder<DelegationDecision> builder)
    {
        builder.ToTable("DelegationsDecision");
        builder.Property(d => d.UtilisateurId).HasMaxLength(450);
        builder.Property(d => d.Qualite).HasMaxLength(200);
        builder.HasIndex(d => new { d.DepartementId, d.UtilisateurId });
        builder.HasOne<Utilisateurs.Utilisateur>().WithMany().HasForeignKey(d => d.UtilisateurId).OnDelete(DeleteBehavior.Cascade);
    }
}
