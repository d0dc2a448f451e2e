using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Orientation;

/// <summary>How an orientation came to be proposed (primer §3.4).</summary>
public enum OrigineOrientation
{
    Manuelle,
    Cohorte,
    Automatique,
    Diagnostic,
    Reorientation,
    Demenagement,
}

public static class OrigineOrientationLibelles
{
    public static string Libelle(this OrigineOrientation origine) => origine switch
    {
        OrigineOrientation.Manuelle => "Saisie par un agent",
        OrigineOrientation.Cohorte => "Orientation groupée",
        OrigineOrientation.Automatique => "Pré-orientation automatique",
        OrigineOrientation.Diagnostic => "Diagnostic",
        OrigineOrientation.Reorientation => "Réorientation",
        _ => "Déménagement",
    };
}

public enum StatutDecision
{
    /// <summary>Proposed (or, for a reorientation, requested by the référent).</summary>
    Proposee,
    Validee,
    Refusee,
}

/// <summary>
/// The history of a parcours's orientations: each proposal or reorientation request and the
/// département's decision on it, with who and when. The parcours carries the current state.
/// </summary>
public class DecisionOrientation : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int ParcoursId { get; set; }
    public int PersonneId { get; set; }
    public TypeOrientation Type { get; set; }
    public OrigineOrientation Origine { get; set; }
    public StatutDecision Statut { get; set; }
    public int? StructureId { get; set; }
    /// <summary>Why it is proposed (criterion, diagnosis summary, référent's reason for a reorientation).</summary>
    public required string Motif { get; set; }
    public DateTime ProposeeLe { get; set; }
    public required string ProposeePar { get; set; }
    public DateTime? DecideeLe { get; set; }
    public string? DecideePar { get; set; }
    public string? MotifDecision { get; set; }
}

internal sealed class DecisionOrientationConfiguration : IEntityTypeConfiguration<DecisionOrientation>
{
    public void Configure(EntityTypeBuilder<DecisionOrientation> builder)
    {
        builder.ToTable("DecisionsOrientation");
        builder.Property(d => d.Type).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.Origine).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Statut).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Motif).HasMaxLength(1000);
        builder.Property(d => d.ProposeePar).HasMaxLength(200);
        builder.Property(d => d.DecideePar).HasMaxLength(200);
        builder.Property(d => d.MotifDecision).HasMaxLength(1000);
        builder.HasIndex(d => d.ParcoursId);
        builder.HasIndex(d => new { d.DepartementId, d.Origine, d.Statut });
        builder.HasOne<Parcours>().WithMany().HasForeignKey(d => d.ParcoursId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Dossiers.Personne>().WithMany().HasForeignKey(d => d.PersonneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Structures.Structure>().WithMany().HasForeignKey(d => d.StructureId).OnDelete(DeleteBehavior.Restrict);
    }
}
