using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;

namespace Passerelle.Web.Features.OffresEmploi;

[JsonConverter(typeof(JsonStringEnumConverter<StatutMiseEnRelation>))]
public enum StatutMiseEnRelation { Proposee, Acceptee, Refusee, Entretien, Embauchee, NonRetenue }

[JsonConverter(typeof(JsonStringEnumConverter<MotifNonRetenue>))]
public enum MotifNonRetenue { ProfilNonAdapte, AbsenceEntretien, DesistementPersonne, PosteDejaPourvu, MobiliteOuHoraires, Autre }

/// <summary>
/// A référent's proposal of one person of their caseload for one job offer, and what came of it (issue 16):
/// the employer's answer, the interview, then a hire (which proposes the person's exit « Emploi ») or not.
/// Whether the person was in the RSA's droits et devoirs is kept as it was on the day of the proposal, for the counts.
/// </summary>
public class MiseEnRelation : ITenantOwned, IVersioned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int Version { get; set; }
    public int OffreEmploiId { get; set; }
    public OffreEmploi? Offre { get; set; }
    public int PersonneId { get; set; }
    public Personne? Personne { get; set; }
    public int ParcoursId { get; set; }
    public required string ReferentId { get; set; }
    public bool Rsa { get; set; }
    public StatutMiseEnRelation Statut { get; set; }
    public DateOnly DateProposition { get; set; }
    public DateOnly? DateReponse { get; set; }
    public DateOnly? DateEntretien { get; set; }
    public TypeContratOffre? TypeContrat { get; set; }
    public DateOnly? DateDebut { get; set; }
    public int? DureeMois { get; set; }
    public MotifNonRetenue? Motif { get; set; }
    public string? Commentaire { get; set; }
    public DateTime ModifieLe { get; set; }
    public required string ModifiePar { get; set; }
}

public static class LibellesMiseEnRelation
{
    public static string Libelle(this StatutMiseEnRelation s) => s switch
    {
        StatutMiseEnRelation.Acceptee => "Candidature retenue par l'employeur",
        StatutMiseEnRelation.Refusee => "Candidature refusée par l'employeur",
        StatutMiseEnRelation.Entretien => "Entretien fixé",
        StatutMiseEnRelation.Embauchee => "Embauchée",
        StatutMiseEnRelation.NonRetenue => "Non retenue après entretien",
        _ => "Proposée",
    };

    public static string Libelle(this MotifNonRetenue m) => m switch
    {
        MotifNonRetenue.ProfilNonAdapte => "Profil ne correspondant pas au poste",
        MotifNonRetenue.AbsenceEntretien => "Absence à l'entretien",
        MotifNonRetenue.DesistementPersonne => "Désistement de la personne",
        MotifNonRetenue.PosteDejaPourvu => "Poste déjà pourvu",
        MotifNonRetenue.MobiliteOuHoraires => "Mobilité ou horaires incompatibles",
        _ => "Autre motif",
    };
}

internal sealed class MiseEnRelationConfiguration : IEntityTypeConfiguration<MiseEnRelation>
{
    public void Configure(EntityTypeBuilder<MiseEnRelation> builder)
    {
        builder.ToTable("MisesEnRelation");
        builder.Property(m => m.Statut).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.TypeContrat).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Motif).HasConversion<string>().HasMaxLength(30);
        builder.Property(m => m.Commentaire).HasMaxLength(1000);
        builder.Property(m => m.ReferentId).HasMaxLength(450);
        builder.Property(m => m.ModifiePar).HasMaxLength(200);
        builder.HasOne(m => m.Offre).WithMany().HasForeignKey(m => m.OffreEmploiId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Personne).WithMany().HasForeignKey(m => m.PersonneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Orientation.Parcours>().WithMany().HasForeignKey(m => m.ParcoursId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Utilisateurs.Utilisateur>().WithMany().HasForeignKey(m => m.ReferentId).OnDelete(DeleteBehavior.Restrict);
        // One proposal of a person per offer: a second one is refused by the service, and here if two arrive at once.
        builder.HasIndex(m => new { m.OffreEmploiId, m.PersonneId }).IsUnique();
        builder.HasIndex(m => new { m.DepartementId, m.ReferentId, m.Statut });
        builder.HasIndex(m => new { m.DepartementId, m.PersonneId });
    }
}
