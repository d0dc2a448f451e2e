using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Dossiers.Avertissements;

/// <summary>What kind of anomaly a flux carried; docs/imports-cnaf.md gives the fallback applied for each.</summary>
public enum NatureAvertissement
{
    NirInvalide,
    CleNirFausse,
    SansDemandeur,
    PlusieursDemandeurs,
    CodeInconnu,
    DateFuture,
    ValeurIllisible,
    InformationAbsente,
    SddNonTransmis,
    PersonneEnDouble,
    PersonneDansDeuxDossiers,
    DossierEnDouble,
    PersonneIgnoree,
    ValeurTronquee,
    LignesContradictoires,
    SchemaNonRespecte,
}

/// <summary>Open until an agent clears it (levé) or a later flux of the dossier replaces it (résolu).</summary>
public enum StatutAvertissement { Ouvert, Leve, Resolu }

/// <summary>
/// An anomaly of the flux that did not stop the dossier from being applied: the dossier (and the person,
/// when it is about one) was written with the documented fallback, and an agent checks it from the queue.
/// </summary>
public class AvertissementDossier : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int DossierId { get; set; }
    public DossierRsa? Dossier { get; set; }
    public int? PersonneId { get; set; }
    public Personne? Personne { get; set; }
    public int ImportId { get; set; }
    public int Ligne { get; set; }
    public string? Champ { get; set; }
    public string? Valeur { get; set; }
    public NatureAvertissement Nature { get; set; }
    public required string Message { get; set; }
    public StatutAvertissement Statut { get; set; }
    /// <summary>When an agent cleared it, or the later import that resolved it ran.</summary>
    public DateTime? LeveLe { get; set; }
    public string? LevePar { get; set; }
    public string? Commentaire { get; set; }
    public int? ResoluParImportId { get; set; }

    public const int LongueurMessage = 1000, LongueurCommentaire = 1000;

    public static string Libelle(NatureAvertissement nature) => nature switch
    {
        NatureAvertissement.NirInvalide => "NIR non retenu",
        NatureAvertissement.CleNirFausse => "Clé du NIR fausse",
        NatureAvertissement.SansDemandeur => "Foyer sans demandeur",
        NatureAvertissement.PlusieursDemandeurs => "Plusieurs demandeurs",
        NatureAvertissement.CodeInconnu => "Code inconnu",
        NatureAvertissement.DateFuture => "Date dans le futur",
        NatureAvertissement.ValeurIllisible => "Valeur illisible",
        NatureAvertissement.InformationAbsente => "Information absente",
        NatureAvertissement.SddNonTransmis => "Droits et devoirs non transmis",
        NatureAvertissement.PersonneEnDouble => "Personne en double dans le foyer",
        NatureAvertissement.PersonneDansDeuxDossiers => "Personne dans deux dossiers du fichier",
        NatureAvertissement.DossierEnDouble => "Dossier deux fois dans le fichier",
        NatureAvertissement.PersonneIgnoree => "Personne non importée",
        NatureAvertissement.ValeurTronquee => "Valeur trop longue",
        NatureAvertissement.LignesContradictoires => "Lignes contradictoires",
        _ => "Écart au format CNAF",
    };
}

internal sealed class AvertissementDossierConfiguration : IEntityTypeConfiguration<AvertissementDossier>
{
    public void Configure(EntityTypeBuilder<AvertissementDossier> builder)
    {
        builder.ToTable("AvertissementsDossier");
        builder.Property(a => a.Champ).HasMaxLength(100);
        builder.Property(a => a.Valeur).HasMaxLength(200);
        builder.Property(a => a.Nature).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.Message).HasMaxLength(AvertissementDossier.LongueurMessage);
        builder.Property(a => a.Statut).HasConversion<string>().HasMaxLength(10);
        builder.Property(a => a.LevePar).HasMaxLength(256);
        builder.Property(a => a.Commentaire).HasMaxLength(AvertissementDossier.LongueurCommentaire);
        // The queue reads the open ones of the département newest first; a dossier page and each new flux its own open ones.
        builder.HasIndex(a => new { a.DepartementId, a.Statut, a.Id });
        builder.HasIndex(a => new { a.DossierId, a.Statut });
        builder.HasIndex(a => a.ImportId);
        builder.HasIndex(a => a.PersonneId);
        builder.HasOne(a => a.Dossier).WithMany().HasForeignKey(a => a.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Personne).WithMany().HasForeignKey(a => a.PersonneId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Imports.ImportFichier>().WithMany().HasForeignKey(a => a.ImportId).OnDelete(DeleteBehavior.Cascade);
    }
}
