using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires;

/// <summary>
/// One person's passage before an EP on one thématique (primer §3 step 9): detected or proposed, put on a session's
/// agenda, the EP's opinion, then the département's decision, its notification and any appeal. Followed through
/// <see cref="TransitionsDossierEp"/>. While it is open (<see cref="TransitionsDossierEp.Ouvert"/>) the person cannot be
/// given a new orientation (ControleOrientationEp).
/// </summary>
public class DossierEp : ITenantOwned, IVersioned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int Version { get; set; }
    public int PersonneId { get; set; }
    /// <summary>The person's territoire when proposed: which EP examines them, and the territory agents' scope.</summary>
    public int? TerritoireId { get; set; }
    public int ThematiqueEpId { get; set; }
    public ThematiqueEp? Thematique { get; set; }
    /// <summary>Copied from the thématique so that the 31-day rule and the indicators read one indexed column.</summary>
    public NatureThematique Nature { get; set; }
    public required string Motif { get; set; }
    /// <summary>The day the criteria were first met (or the proposal, by hand): the start of the detection → decision delay.</summary>
    public DateOnly DetecteLe { get; set; }
    public DateTime CreeLe { get; set; }
    public required string CreePar { get; set; }
    public StatutDossierEp Statut { get; set; }

    public int? SeanceEpId { get; set; }
    public SeanceEp? Seance { get; set; }
    /// <summary>Order of passage on the day.</summary>
    public int? Rang { get; set; }
    /// <summary>The letter telling the person they will be examined and may present observations: the start of the legal month.</summary>
    public DateOnly? DateInformation { get; set; }
    public int? InformationEnvoiId { get; set; }
    public bool? BeneficiairePresent { get; set; }

    public TypeDecisionEp? Avis { get; set; }
    public string? MotifAvis { get; set; }
    public DateTime? AvisLe { get; set; }

    public TypeDecisionEp? Decision { get; set; }
    /// <summary>A reorientation: the orientation decided, applied to the parcours through the orientation service.</summary>
    public Orientation.TypeOrientation? OrientationDecidee { get; set; }
    public decimal? Montant { get; set; }
    public int? Pourcentage { get; set; }
    public int? DureeMois { get; set; }
    public DateOnly? DateEffet { get; set; }
    public string? Motivation { get; set; }
    public DateOnly? DecideLe { get; set; }
    public string? DecideurId { get; set; }
    public string? DecideurNom { get; set; }
    public string? DecideurQualite { get; set; }
    public DateOnly? DateNotification { get; set; }
    public int? NotificationEnvoiId { get; set; }
    /// <summary>Suspension-remobilisation: the day the person resumed their obligations, and the months given back.</summary>
    public DateOnly? RepriseObligationsLe { get; set; }
    public int? MoisRestitues { get; set; }
    /// <summary>Set when an appeal cancelled the decision: it no longer counts, and is shown struck out in the history.</summary>
    public DateOnly? AnnuleeSurRecoursLe { get; set; }
    public DateTime? ExporteeCafLe { get; set; }

    public List<ObservationEp> Observations { get; set; } = [];
    public List<RecoursEp> Recours { get; set; } = [];
}

/// <summary>The person's observations before the session (written, by e-mail, or oral at the session), with an optional attachment.</summary>
public class ObservationEp : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int DossierEpId { get; set; }
    public DateOnly RecueLe { get; set; }
    public FormeObservation Forme { get; set; }
    public required string Texte { get; set; }
    public int? DocumentPersonneId { get; set; }
    public required string SaisiePar { get; set; }
}

[JsonConverter(typeof(JsonStringEnumConverter<FormeObservation>))]
public enum FormeObservation { Courrier, Courriel, Orale }

/// <summary>An appeal against a decision: recours gracieux (to the président) or contentieux (tribunal administratif), and its outcome.</summary>
public class RecoursEp : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int DossierEpId { get; set; }
    public TypeRecours Type { get; set; }
    public DateOnly DeposeLe { get; set; }
    public IssueRecours Issue { get; set; }
    public DateOnly? IssueLe { get; set; }
    public string? Commentaire { get; set; }
    public required string SaisiPar { get; set; }
}

[JsonConverter(typeof(JsonStringEnumConverter<TypeRecours>))]
public enum TypeRecours { Gracieux, Contentieux }

[JsonConverter(typeof(JsonStringEnumConverter<IssueRecours>))]
public enum IssueRecours { EnCours, Rejete, DecisionAnnulee, DecisionReformee }

internal sealed class DossierEpConfiguration : IEntityTypeConfiguration<DossierEp>
{
    public void Configure(EntityTypeBuilder<DossierEp> builder)
    {
        builder.ToTable("DossiersEp");
        builder.Property(d => d.Nature).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.Motif).HasMaxLength(2000);
        builder.Property(d => d.CreePar).HasMaxLength(200);
        builder.Property(d => d.Statut).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Avis).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.MotifAvis).HasMaxLength(2000);
        builder.Property(d => d.Decision).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.OrientationDecidee).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.Montant).HasPrecision(10, 2);
        builder.Property(d => d.Motivation).HasMaxLength(4000);
        builder.Property(d => d.DecideurId).HasMaxLength(450);
        builder.Property(d => d.DecideurNom).HasMaxLength(200);
        builder.Property(d => d.DecideurQualite).HasMaxLength(200);
        // The 31-day rule and the person page: a person's passages by nature, latest first.
        builder.HasIndex(d => new { d.PersonneId, d.Nature, d.CreeLe });
        // One open dossier per person and nature, even when two agents propose at the same instant (the statuses of TransitionsDossierEp.Ouverts).
        builder.HasIndex(d => new { d.PersonneId, d.Nature }).IsUnique().HasDatabaseName("IX_DossiersEp_Ouvert")
            .HasFilter("\"Statut\" IN ('AInscrire', 'Inscrit', 'AvisRendu')");
        builder.HasIndex(d => new { d.SeanceEpId, d.Rang });
        // The waiting list (dossiers without a session), by territoire, and the indicators by decision day.
        builder.HasIndex(d => new { d.DepartementId, d.Statut, d.TerritoireId });
        builder.HasIndex(d => new { d.DepartementId, d.DecideLe }).HasFilter("\"DecideLe\" IS NOT NULL");
        builder.HasOne<Dossiers.Personne>().WithMany().HasForeignKey(d => d.PersonneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Thematique).WithMany().HasForeignKey(d => d.ThematiqueEpId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Seance).WithMany().HasForeignKey(d => d.SeanceEpId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Envois.Envoi>().WithMany().HasForeignKey(d => d.InformationEnvoiId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Envois.Envoi>().WithMany().HasForeignKey(d => d.NotificationEnvoiId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(d => d.Observations).WithOne().HasForeignKey(o => o.DossierEpId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Recours).WithOne().HasForeignKey(r => r.DossierEpId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ObservationEpConfiguration : IEntityTypeConfiguration<ObservationEp>
{
    public void Configure(EntityTypeBuilder<ObservationEp> builder)
    {
        builder.ToTable("ObservationsEp");
        builder.Property(o => o.Forme).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Texte).HasMaxLength(4000);
        builder.Property(o => o.SaisiePar).HasMaxLength(200);
        builder.HasOne<Documents.DocumentPersonne>().WithMany().HasForeignKey(o => o.DocumentPersonneId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class RecoursEpConfiguration : IEntityTypeConfiguration<RecoursEp>
{
    public void Configure(EntityTypeBuilder<RecoursEp> builder)
    {
        builder.ToTable("RecoursEp");
        builder.Property(r => r.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Issue).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Commentaire).HasMaxLength(2000);
        builder.Property(r => r.SaisiPar).HasMaxLength(200);
    }
}
