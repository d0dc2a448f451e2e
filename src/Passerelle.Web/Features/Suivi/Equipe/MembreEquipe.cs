using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Suivi.Equipe;

[JsonConverter(typeof(JsonStringEnumConverter<StatutMembre>))]
public enum StatutMembre
{
    /// <summary>Asked for; waits for the référent or an agent.</summary>
    Demande,
    Accepte,
    Refuse,
}

/// <summary>
/// A professional invited into a person's follow-up team beside the référent (a France Travail
/// adviser in accompagnement global, a social worker…), until <see cref="DateFin"/>. They reach the
/// person through <see cref="AccesEquipe"/> once accepted, and, when they work outside the référent's
/// structure, only while the person's consent to share is recorded (<see cref="ConsentementPartage"/>).
/// </summary>
public class MembreEquipe : ITenantOwned, IVersioned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int Version { get; set; }
    public int PersonneId { get; set; }
    public required string UtilisateurId { get; set; }
    public Utilisateurs.Utilisateur? Utilisateur { get; set; }
    /// <summary>The structure the professional acts for, from their habilitation when invited.</summary>
    public int StructureId { get; set; }
    public Structures.Structure? Structure { get; set; }
    /// <summary>Their part in the team as users say it (« conseiller France Travail »).</summary>
    public required string Fonction { get; set; }
    public StatutMembre Statut { get; set; }
    public DateOnly DateFin { get; set; }
    public required string DemandePar { get; set; }
    public DateTime DemandeLe { get; set; }
    public string? DecidePar { get; set; }
    public DateTime? DecideLe { get; set; }
    /// <summary>When the référent or an agent ended the membership before its end date.</summary>
    public DateTime? RetireLe { get; set; }
    public string? RetirePar { get; set; }

    public bool EstActif(DateOnly aujourdhui) => Statut == StatutMembre.Accepte && RetireLe == null && DateFin >= aujourdhui;
}

internal sealed class MembreEquipeConfiguration : IEntityTypeConfiguration<MembreEquipe>
{
    public void Configure(EntityTypeBuilder<MembreEquipe> builder)
    {
        builder.ToTable("MembresEquipeSuivi");
        builder.Property(m => m.UtilisateurId).HasMaxLength(450);
        builder.Property(m => m.Fonction).HasMaxLength(200);
        builder.Property(m => m.Statut).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.DemandePar).HasMaxLength(200);
        builder.Property(m => m.DecidePar).HasMaxLength(200);
        builder.Property(m => m.RetirePar).HasMaxLength(200);
        builder.HasIndex(m => m.PersonneId);
        // The scope rule looks up a user's memberships on every scoped query.
        builder.HasIndex(m => new { m.UtilisateurId, m.Statut, m.DateFin });
        builder.HasOne<Dossiers.Personne>().WithMany().HasForeignKey(m => m.PersonneId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Utilisateur).WithMany().HasForeignKey(m => m.UtilisateurId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Structure).WithMany().HasForeignKey(m => m.StructureId).OnDelete(DeleteBehavior.Restrict);
    }
}
