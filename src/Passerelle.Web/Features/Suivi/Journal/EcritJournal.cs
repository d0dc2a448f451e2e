using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Suivi.Journal;

/// <summary>What a journal entry records: a note, or a contact with the person by one of three means.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<NatureEcrit>))]
public enum NatureEcrit
{
    Note,
    Telephone,
    Visite,
    Courriel,
}

/// <summary>Who may read a journal entry besides its author (docs/suivi.md).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Confidentialite>))]
public enum Confidentialite
{
    /// <summary>Everyone who reaches the person: référent, follow-up team, agents within their scope.</summary>
    Equipe,
    /// <summary>The author and the person's current référent only.</summary>
    ReferentSeulement,
}

/// <summary>
/// One entry of the accompaniment journal: a note, or a contact (phone call, visit, e-mail) with its
/// date and summary. Entries are never edited: a correction is a new entry, so the journal is the
/// record of what each professional knew and wrote when.
/// </summary>
public class EcritJournal : ITenantOwned
{
    public const int LongueurTexte = 4000;

    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int PersonneId { get; set; }
    public NatureEcrit Nature { get; set; }
    public Confidentialite Confidentialite { get; set; }
    /// <summary>When the contact took place, or when the note was written.</summary>
    public DateTime Date { get; set; }
    public required string Texte { get; set; }
    public required string AuteurId { get; set; }
    public required string Auteur { get; set; }
    public DateTime EcritLe { get; set; }
}

internal sealed class EcritJournalConfiguration : IEntityTypeConfiguration<EcritJournal>
{
    public void Configure(EntityTypeBuilder<EcritJournal> builder)
    {
        builder.ToTable("EcritsJournal");
        builder.Property(e => e.Nature).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Confidentialite).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Texte).HasMaxLength(EcritJournal.LongueurTexte);
        builder.Property(e => e.AuteurId).HasMaxLength(450);
        builder.Property(e => e.Auteur).HasMaxLength(200);
        builder.HasIndex(e => new { e.PersonneId, e.Date });
        builder.HasOne<Dossiers.Personne>().WithMany().HasForeignKey(e => e.PersonneId).OnDelete(DeleteBehavior.Cascade);
    }
}

public static class JournalLibelles
{
    public static string Libelle(this NatureEcrit nature) => nature switch
    {
        NatureEcrit.Note => "Note",
        NatureEcrit.Telephone => "Contact téléphonique",
        NatureEcrit.Visite => "Visite",
        _ => "Courriel",
    };

    public static string Libelle(this Confidentialite confidentialite) => confidentialite switch
    {
        Confidentialite.Equipe => "Équipe de suivi",
        _ => "Référent seulement",
    };
}
