using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Sorties;

namespace Passerelle.Web.Features.Prescriptions;

/// <summary>
/// A référent's prescription of an action of the offer to a person (primer §3 step 8), followed through
/// <see cref="TransitionsPrescription"/> from the sending to the exit and the situation 3 and 6 months later.
/// The operator reads only <see cref="Partage"/>, the snapshot the référent chose to share: never the person's file.
/// </summary>
public class Prescription : ITenantOwned, IVersioned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int Version { get; set; }
    public int PersonneId { get; set; }
    public int ActionInsertionId { get; set; }
    /// <summary>The action's operator structure, copied so that an operator's queue reads one indexed column.</summary>
    public int StructureId { get; set; }
    /// <summary>The session the référent aimed at, when the action has sessions.</summary>
    public int? SessionActionId { get; set; }
    public required string PrescripteurId { get; set; }
    public required string PrescripteurNom { get; set; }
    public DateTime PrescriteLe { get; set; }
    public required string Motif { get; set; }
    /// <summary>The person's territoire when prescribed: the origin of prescriptions by territory (the person may move afterwards).</summary>
    public int? TerritoireId { get; set; }
    /// <summary>Whether the person had a right to the RSA open when prescribed: the RSA / non-RSA split of the indicators.</summary>
    public bool BeneficiaireRsa { get; set; }
    public required InformationsPartagees Partage { get; set; }
    public StatutPrescription Statut { get; set; }
    /// <summary>The operator's first answer (accept, refuse, waiting list): the end of the reminder and expiry clock.</summary>
    public DateTime? ReponduLe { get; set; }
    public string? ReponduPar { get; set; }
    public MotifRefusPrescription? MotifRefus { get; set; }
    public string? PrecisionReponse { get; set; }
    /// <summary>When the operator was told of it by e-mail (<see cref="RelancesPrescriptions"/>); null until the task has run.</summary>
    public DateTime? OperateurAvertiLe { get; set; }
    public DateTime? RelanceeLe { get; set; }
    public DateTime? CloseLe { get; set; }
    public DateOnly? DateEntree { get; set; }
    public DateOnly? DateSortie { get; set; }
    public TypeSortieAction? TypeSortie { get; set; }
    public string? CommentaireSortie { get; set; }
    /// <summary>An agent's authorisation to enter the person beyond the funded places, with its reason (audit-logged).</summary>
    public string? DepassementAutorisePar { get; set; }
    public string? MotifDepassement { get; set; }
    public SituationEmploi? Situation3Mois { get; set; }
    public SituationEmploi? Situation6Mois { get; set; }
    public List<PresenceAction> Presences { get; set; } = [];
}

/// <summary>What the référent chose to share with the operator, frozen when prescribed. The name is always shared: the operator must know who comes.</summary>
public sealed record InformationsPartagees(string Nom, string Prenoms)
{
    public DateOnly? DateNaissance { get; init; }
    public string? Telephone { get; init; }
    public string? Courriel { get; init; }
    /// <summary>The freins of the diagnosis as « theme : level », without comments; the santé theme is never shared.</summary>
    public IReadOnlyList<string> Freins { get; init; } = [];
    public string? ObjectifContrat { get; init; }
    public string? Message { get; init; }
}

/// <summary>One day of presence of a participant, entered by the operator on the attendance sheet.</summary>
public class PresenceAction : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int PrescriptionId { get; set; }
    public DateOnly Date { get; set; }
    public StatutPresence Statut { get; set; }
}

[JsonConverter(typeof(JsonStringEnumConverter<StatutPresence>))]
public enum StatutPresence { Present, Absent, AbsenceJustifiee }

internal sealed class PrescriptionConfiguration : IEntityTypeConfiguration<Prescription>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<Prescription> builder)
    {
        builder.ToTable("Prescriptions");
        builder.Property(p => p.PrescripteurId).HasMaxLength(450);
        builder.Property(p => p.PrescripteurNom).HasMaxLength(200);
        builder.Property(p => p.Motif).HasMaxLength(2000);
        builder.Property(p => p.Partage).HasConversion(
            v => JsonSerializer.Serialize(v, Json),
            s => JsonSerializer.Deserialize<InformationsPartagees>(s, Json)!,
            new ValueComparer<InformationsPartagees>((a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
                v => JsonSerializer.Serialize(v, Json).GetHashCode(StringComparison.Ordinal), v => v))
            .HasMaxLength(6000);
        builder.Property(p => p.Statut).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.ReponduPar).HasMaxLength(200);
        builder.Property(p => p.MotifRefus).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.PrecisionReponse).HasMaxLength(1000);
        builder.Property(p => p.TypeSortie).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.CommentaireSortie).HasMaxLength(1000);
        builder.Property(p => p.DepassementAutorisePar).HasMaxLength(200);
        builder.Property(p => p.MotifDepassement).HasMaxLength(1000);
        builder.Property(p => p.Situation3Mois).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Situation6Mois).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(p => new { p.StructureId, p.Statut });
        builder.HasIndex(p => new { p.ActionInsertionId, p.Statut });
        builder.HasIndex(p => new { p.PersonneId, p.PrescriteLe });
        builder.HasIndex(p => new { p.PrescripteurId, p.Statut });
        builder.HasIndex(p => new { p.DepartementId, p.Statut, p.PrescriteLe });
        builder.HasIndex(p => p.OperateurAvertiLe);
        // The pilotage catalogue's counts of a period read these alone (a prescription row is wide: reading it costs
        // ten times the index entry), and « already entered in the action » looks up the person's entries in it.
        builder.HasIndex(p => new { p.DepartementId, p.DateEntree, p.PersonneId, p.ActionInsertionId, p.BeneficiaireRsa }, "IX_Prescriptions_Entree");
        builder.HasIndex(p => new { p.DepartementId, p.PrescriteLe }, "IX_Prescriptions_Prescrite");
        builder.HasIndex(p => new { p.DepartementId, p.DateSortie, p.TypeSortie }, "IX_Prescriptions_Sortie");
        builder.HasIndex(p => new { p.PersonneId, p.ActionInsertionId });
        builder.HasOne<Dossiers.Personne>().WithMany().HasForeignKey(p => p.PersonneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Offre.ActionInsertion>().WithMany().HasForeignKey(p => p.ActionInsertionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Offre.SessionAction>().WithMany().HasForeignKey(p => p.SessionActionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(p => p.Presences).WithOne().HasForeignKey(p => p.PrescriptionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PresenceActionConfiguration : IEntityTypeConfiguration<PresenceAction>
{
    public void Configure(EntityTypeBuilder<PresenceAction> builder)
    {
        builder.ToTable("PresencesAction");
        builder.Property(p => p.Statut).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(p => new { p.PrescriptionId, p.Date }).IsUnique();
    }
}
