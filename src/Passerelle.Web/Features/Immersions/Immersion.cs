using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Immersions;

/// <summary>The three objects of a PMSMP the Code du travail allows (L5135-1), one per convention.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ObjetImmersion>))]
public enum ObjetImmersion { DecouvrirMetier, ConfirmerProjet, InitierRecrutement }

[JsonConverter(typeof(JsonStringEnumConverter<IssueImmersion>))]
public enum IssueImmersion { Embauche, Formation, ProjetConfirme, ProjetAbandonne, SansSuite }

/// <summary>
/// A période de mise en situation en milieu professionnel (PMSMP, Code du travail L5135-1 to L5135-8, D5135-1 ff.): a
/// person of the référent's caseload hosted by an employer or a structure, for a ROME trade, with one of the three legal
/// objects, within the durations of <see cref="ReglesImmersion"/>, and its outcome once it is over.
/// </summary>
public class Immersion : ITenantOwned, IVersioned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int Version { get; set; }
    public int PersonneId { get; set; }
    public int? EmployeurId { get; set; }
    public int? StructureId { get; set; }
    public DateOnly DateDebut { get; set; }
    public DateOnly DateFin { get; set; }
    /// <summary>The end of the one renewal the decree allows, when the objectives were not reached in the first month.</summary>
    public DateOnly? DateFinRenouvellement { get; set; }
    public required string CodeRome { get; set; }
    public ObjetImmersion Objet { get; set; }
    public IssueImmersion? Issue { get; set; }
    public required string PrescritParId { get; set; }
    public required string PrescritParNom { get; set; }
    public DateTime PrescritLe { get; set; }

    public DateOnly FinEffective => DateFinRenouvellement ?? DateFin;
}

public static class LibellesImmersion
{
    public static string Libelle(this ObjetImmersion o) => o switch
    {
        ObjetImmersion.DecouvrirMetier => "Découvrir un métier ou un secteur d'activité",
        ObjetImmersion.ConfirmerProjet => "Confirmer un projet professionnel",
        _ => "Initier une démarche de recrutement",
    };

    public static string Libelle(this IssueImmersion i) => i switch
    {
        IssueImmersion.Embauche => "Embauche",
        IssueImmersion.Formation => "Entrée en formation",
        IssueImmersion.ProjetConfirme => "Projet confirmé",
        IssueImmersion.ProjetAbandonne => "Projet abandonné",
        _ => "Sans suite",
    };
}

internal sealed class ImmersionConfiguration : IEntityTypeConfiguration<Immersion>
{
    public void Configure(EntityTypeBuilder<Immersion> builder)
    {
        builder.ToTable("Immersions");
        builder.Ignore(i => i.FinEffective);
        builder.Property(i => i.CodeRome).HasMaxLength(5);
        builder.Property(i => i.Objet).HasConversion<string>().HasMaxLength(30);
        builder.Property(i => i.Issue).HasConversion<string>().HasMaxLength(30);
        builder.Property(i => i.PrescritParId).HasMaxLength(450);
        builder.Property(i => i.PrescritParNom).HasMaxLength(200);
        builder.HasIndex(i => new { i.PersonneId, i.DateDebut });
        builder.HasIndex(i => new { i.DepartementId, i.DateDebut });
        builder.HasOne<Dossiers.Personne>().WithMany().HasForeignKey(i => i.PersonneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employeurs.Employeur>().WithMany().HasForeignKey(i => i.EmployeurId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Structures.Structure>().WithMany().HasForeignKey(i => i.StructureId).OnDelete(DeleteBehavior.Restrict);
    }
}
