using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Orientation;

namespace Passerelle.Web.Features.Contrats;

/// <summary>One objective of the contract, under a theme (a frein of the diagnosis or the professional project).</summary>
public sealed record ObjectifContrat(string? Theme, string? Texte);

/// <summary>One action the contract plans, with its target date.</summary>
public sealed record ActionPrevue(string? Libelle, DateOnly? Echeance);

/// <summary>
/// A person's contract (primer §3 step 7): a CER with the département, decided through
/// <see cref="TransitionsContrat"/>, or a PPAE / contrat d'engagement with France Travail, recorded.
/// Objectives and actions are kept with the contract (JSON): they are read and printed with it, never queried alone.
/// Only <see cref="ServiceContrats"/> and its rules write it.
/// </summary>
public class Contrat : ITenantOwned, IVersioned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int Version { get; set; }

    public int PersonneId { get; set; }
    public Personne? Personne { get; set; }
    public int ParcoursId { get; set; }
    public TypeContrat Type { get; set; }
    public RangContrat Rang { get; set; }
    /// <summary>The contract a renewal follows.</summary>
    public int? ContratPrecedentId { get; set; }

    public DateOnly DateDebut { get; set; }
    public int DureeMois { get; set; }
    /// <summary>Computed from the start and duration, editable within <see cref="ReglesContrats"/>.</summary>
    public DateOnly DateFin { get; set; }
    public StatutContrat Statut { get; set; }

    public List<ObjectifContrat> Objectifs { get; set; } = [];
    public List<ActionPrevue> Actions { get; set; } = [];
    public string? EngagementsPersonne { get; set; }
    public string? EngagementsDepartement { get; set; }
    /// <summary>PPAE and contrat d'engagement: the organism that signed it (France Travail agency…) and what it says.</summary>
    public string? Organisme { get; set; }
    public string? Resume { get; set; }

    public DateOnly? SigneLe { get; set; }
    public string? SigneA { get; set; }

    public DateTime CreeLe { get; set; }
    public required string CreePar { get; set; }
    public DateTime? ValideStructureLe { get; set; }
    public string? ValideStructurePar { get; set; }
    public DateTime? DecideLe { get; set; }
    public string? DecidePar { get; set; }
    public string? MotifDecision { get; set; }
}

internal sealed class ContratConfiguration : IEntityTypeConfiguration<Contrat>
{
    public void Configure(EntityTypeBuilder<Contrat> builder)
    {
        builder.ToTable("Contrats");
        builder.Property(c => c.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Rang).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Statut).HasConversion<string>().HasMaxLength(20);
        Json(builder.Property(c => c.Objectifs)).HasMaxLength(8000);
        Json(builder.Property(c => c.Actions)).HasMaxLength(8000);
        builder.Property(c => c.EngagementsPersonne).HasMaxLength(4000);
        builder.Property(c => c.EngagementsDepartement).HasMaxLength(4000);
        builder.Property(c => c.Organisme).HasMaxLength(200);
        builder.Property(c => c.Resume).HasMaxLength(4000);
        builder.Property(c => c.SigneA).HasMaxLength(200);
        builder.Property(c => c.CreePar).HasMaxLength(200);
        builder.Property(c => c.ValideStructurePar).HasMaxLength(200);
        builder.Property(c => c.DecidePar).HasMaxLength(200);
        builder.Property(c => c.MotifDecision).HasMaxLength(1000);
        builder.HasOne(c => c.Personne).WithMany().HasForeignKey(c => c.PersonneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Parcours>().WithMany().HasForeignKey(c => c.ParcoursId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Contrat>().WithMany().HasForeignKey(c => c.ContratPrecedentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.DepartementId, c.PersonneId, c.Type });
        // The expiry alerts: contracts in force, by end date (portefeuille filter, échéances, digest).
        builder.HasIndex(c => new { c.DepartementId, c.DateFin, c.ParcoursId }).HasFilter("\"Statut\" = 'Valide'");
    }

    private static PropertyBuilder<List<T>> Json<T>(PropertyBuilder<List<T>> propriete) => propriete.HasConversion(
        v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default),
        s => JsonSerializer.Deserialize<List<T>>(s, JsonSerializerOptions.Default) ?? new List<T>(),
        new ValueComparer<List<T>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, x) => HashCode.Combine(h, x)), v => v.ToList()));
}
