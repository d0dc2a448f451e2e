using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Clauses;

/// <summary>The publics the clause's hours are counted for, as buyers' reports list them.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PublicClause>))]
public enum PublicClause { Rsa, DemandeurEmploiLongueDuree, Jeune, TravailleurHandicape, Senior, SalarieIae, Autre }

/// <summary>
/// A beneficiary of a clause: known by name and birth date, as the buyer's reports name them, and linked to their
/// parcours (<see cref="Dossiers.Personne"/>) when a facilitator found them there; the facilitator sees nothing else of it.
/// </summary>
public class ParticipantClause : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public required string Nom { get; set; }
    public required string Prenom { get; set; }
    /// <summary>Upper-cased, accent-free « NOM PRENOM »: how an import line finds the participant.</summary>
    public required string Cle { get; set; }
    public DateOnly DateNaissance { get; set; }
    public PublicClause Public { get; set; }
    public int? PersonneId { get; set; }
    public DateTime CreeLe { get; set; }
    public required string CreePar { get; set; }
}

/// <summary>A participant working on a contract, for the employer or SIAE that employs them there: the rows of the monthly grid.</summary>
public class ParticipationClause : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int MarcheClauseId { get; set; }
    public int ParticipantClauseId { get; set; }
    public ParticipantClause? Participant { get; set; }
    public int? EmployeurId { get; set; }
    public int? StructureId { get; set; }
}

public static class LibellesPublicClause
{
    public static string Libelle(this PublicClause p) => p switch
    {
        PublicClause.Rsa => "Allocataire du RSA",
        PublicClause.DemandeurEmploiLongueDuree => "Demandeur d'emploi de longue durée",
        PublicClause.Jeune => "Jeune de moins de 26 ans",
        PublicClause.TravailleurHandicape => "Travailleur handicapé",
        PublicClause.Senior => "Senior de plus de 50 ans",
        PublicClause.SalarieIae => "Salarié en insertion (IAE)",
        _ => "Autre public éligible",
    };
}

internal sealed class ParticipantClauseConfiguration : IEntityTypeConfiguration<ParticipantClause>
{
    public void Configure(EntityTypeBuilder<ParticipantClause> builder)
    {
        builder.ToTable("ParticipantsClause");
        builder.Property(p => p.Nom).HasMaxLength(100);
        builder.Property(p => p.Prenom).HasMaxLength(100);
        builder.Property(p => p.Cle).HasMaxLength(210);
        builder.Property(p => p.Public).HasConversion<string>().HasMaxLength(40);
        builder.Property(p => p.CreePar).HasMaxLength(200);
        builder.HasIndex(p => new { p.DepartementId, p.Cle, p.DateNaissance }).IsUnique();
        builder.HasOne<Dossiers.Personne>().WithMany().HasForeignKey(p => p.PersonneId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class ParticipationClauseConfiguration : IEntityTypeConfiguration<ParticipationClause>
{
    public void Configure(EntityTypeBuilder<ParticipationClause> builder)
    {
        builder.ToTable("ParticipationsClause");
        builder.HasIndex(p => new { p.MarcheClauseId, p.ParticipantClauseId }).IsUnique();
        builder.HasOne<MarcheClause>().WithMany().HasForeignKey(p => p.MarcheClauseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Participant).WithMany().HasForeignKey(p => p.ParticipantClauseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employeurs.Employeur>().WithMany().HasForeignKey(p => p.EmployeurId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Structures.Structure>().WithMany().HasForeignKey(p => p.StructureId).OnDelete(DeleteBehavior.Restrict);
    }
}
