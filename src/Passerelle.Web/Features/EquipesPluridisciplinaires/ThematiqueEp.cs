using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires;

/// <summary>
/// What brings a person before an EP (primer §3 step 9). The natures are the law's and fixed here; each département
/// names, orders and switches on its own thématiques ([config], <see cref="ThematiqueEp"/>), and says which decisions
/// each one may end in.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<NatureThematique>))]
public enum NatureThematique
{
    /// <summary>Réorientation social ↔ professionnel (CASF L262-31).</summary>
    Reorientation,
    /// <summary>Maintien in a social orientation beyond 6 or 12 months without reorientation (CASF L262-31).</summary>
    MaintienSocial,
    /// <summary>No contract signed within the deadline after orientation (CASF L262-37 1°).</summary>
    SansContrat,
    /// <summary>Contract signed but its engagements not kept (CASF L262-37 2°).</summary>
    ContratNonRespecte,
    /// <summary>Not registered with France Travail though oriented professionally (CASF L262-37 3°).</summary>
    NonInscritFranceTravail,
    /// <summary>Repeated absences at appointments without reason (CASF L262-37 4°).</summary>
    AbsencesRepetees,
    /// <summary>A complex contract the référent submits to the EP's opinion.</summary>
    CerComplexe,
    /// <summary>A sanction already proposed, submitted for the EP's opinion.</summary>
    Sanction,
    /// <summary>Suspension-remobilisation (loi pour le plein emploi, from 2025): suspension lifted with restitution on resumption.</summary>
    SuspensionRemobilisation,
}

/// <summary>A département's thématique: its name, order on the agenda, and whether it is in use.</summary>
public class ThematiqueEp : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public NatureThematique Nature { get; set; }
    public required string Libelle { get; set; }
    public int Ordre { get; set; }
    public bool Active { get; set; } = true;
}

public static class NatureThematiqueRegles
{
    /// <summary>The non-respect of obligations (CASF L262-37): only these may end in a sanction.</summary>
    public static bool PeutSanctionner(this NatureThematique nature) => nature is NatureThematique.SansContrat or NatureThematique.ContratNonRespecte
        or NatureThematique.NonInscritFranceTravail or NatureThematique.AbsencesRepetees or NatureThematique.Sanction or NatureThematique.SuspensionRemobilisation;

    /// <summary>The decisions a dossier of this nature may end in; the département's bareme bounds the amounts.</summary>
    public static IReadOnlyList<TypeDecisionEp> DecisionsPossibles(this NatureThematique nature) => nature switch
    {
        NatureThematique.Reorientation or NatureThematique.MaintienSocial => [TypeDecisionEp.Reorientation, TypeDecisionEp.Maintien],
        NatureThematique.CerComplexe => [TypeDecisionEp.Maintien, TypeDecisionEp.Reorientation, TypeDecisionEp.Classement],
        NatureThematique.SuspensionRemobilisation => [TypeDecisionEp.SuspensionRemobilisation, TypeDecisionEp.Sursis, TypeDecisionEp.Classement],
        _ => [TypeDecisionEp.Reduction, TypeDecisionEp.SuspensionPartielle, TypeDecisionEp.SuspensionTotale, TypeDecisionEp.SuspensionRemobilisation,
            TypeDecisionEp.Sursis, TypeDecisionEp.Reorientation, TypeDecisionEp.Classement],
    };

    public static string LibelleParDefaut(this NatureThematique nature) => nature switch
    {
        NatureThematique.Reorientation => "Réorientation (social ↔ professionnel)",
        NatureThematique.MaintienSocial => "Maintien en orientation sociale au-delà de 12 mois",
        NatureThematique.SansContrat => "Non-respect : pas de contrat signé",
        NatureThematique.ContratNonRespecte => "Non-respect : contrat non respecté",
        NatureThematique.NonInscritFranceTravail => "Non-respect : pas d'inscription à France Travail",
        NatureThematique.AbsencesRepetees => "Non-respect : absences répétées aux rendez-vous",
        NatureThematique.CerComplexe => "Contrat complexe",
        NatureThematique.Sanction => "Sanction",
        _ => "Suspension-remobilisation",
    };

    /// <summary>The thématiques a département starts with, every nature switched on with the usual label.</summary>
    public static IEnumerable<ThematiqueEp> ParDefaut() =>
        Enum.GetValues<NatureThematique>().Select((n, i) => new ThematiqueEp { Nature = n, Libelle = n.LibelleParDefaut(), Ordre = i + 1 });
}

internal sealed class ThematiqueEpConfiguration : IEntityTypeConfiguration<ThematiqueEp>
{
    public void Configure(EntityTypeBuilder<ThematiqueEp> builder)
    {
        builder.ToTable("ThematiquesEp");
        builder.Property(t => t.Nature).HasConversion<string>().HasMaxLength(30);
        builder.Property(t => t.Libelle).HasMaxLength(200);
        builder.HasIndex(t => new { t.DepartementId, t.Nature }).IsUnique();
    }
}
