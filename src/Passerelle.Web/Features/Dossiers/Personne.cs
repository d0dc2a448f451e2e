using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Dossiers;

/// <summary>
/// A person known to the département, whatever dossiers they appeared in. Identity comes from the
/// latest flux; the current dossier, right status and SDD flag are kept here so that searches and
/// work queues read one row.
/// </summary>
public class Personne : ITenantOwned, IVersioned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int Version { get; set; }

    public string? Civilite { get; set; }
    public required string Nom { get; set; }
    public required string NomNaissance { get; set; }
    public required string Prenoms { get; set; }
    public DateOnly DateNaissance { get; set; }
    public string? CommuneNaissance { get; set; }
    /// <summary>1 man, 2 woman (NIR convention).</summary>
    public required string Sexe { get; set; }
    /// <summary>The 15-character NIR encrypted (<see cref="ProtectionNir"/>): never in clear in the database.</summary>
    public string? NirChiffre { get; set; }
    /// <summary>
    /// Keyed blind index of the NIR's first 13 characters, the matching key (the key digits are sometimes wrong in
    /// flows): persons are found by NIR through it without the NIR being readable.
    /// </summary>
    public string? EmpreinteNir { get; set; }
    /// <summary>Upper-cased, accent-free "NOM PRENOM": the fallback matching key and the name searched.</summary>
    public required string CleIdentite { get; set; }
    /// <summary>Sound keys of the surname, birth name and first first name (<see cref="PhonetiqueNom"/>), set by <see cref="IndexerNom"/>: the header search seeks them.</summary>
    public string? PhonetiqueNom { get; set; }
    public string? PhonetiqueNomNaissance { get; set; }
    public string? PhonetiquePrenom { get; set; }
    public string? Nationalite { get; set; }
    public string? Telephone { get; set; }
    public string? Email { get; set; }

    public int? DossierCourantId { get; set; }
    public DossierRsa? DossierCourant { get; set; }
    public string? RoleCourant { get; set; }
    public string? EtatDroit { get; set; }
    public bool SoumisDroitsDevoirs { get; set; }
    /// <summary>Date of the latest entry (nouvel entrant or retour), for "new entrants of a period".</summary>
    public DateOnly? DateEntree { get; set; }
    /// <summary>Date of the latest sortie; a re-entry soon after it is a retour.</summary>
    public DateOnly? DateSortie { get; set; }
    /// <summary>Whether the person was ever seen open and SDD: only a first such switch is a nouvel entrant.</summary>
    public bool DejaEntre { get; set; }

    /// <summary>Set when this record was merged into another: kept so that links and history stay explainable.</summary>
    public int? FusionneeDansId { get; set; }

    /// <summary>Entered by hand or by a partner for a public beyond the RSA, not read from a CAF flux: seen without a dossier.</summary>
    public bool SaisieManuelle { get; set; }

    /// <summary>Computes the sound keys from the names: every write of a name ends here (the context on save, the bulk import explicitly).</summary>
    public void IndexerNom() =>
        (PhonetiqueNom, PhonetiqueNomNaissance, PhonetiquePrenom) = (Dossiers.PhonetiqueNom.Cle(Nom), Dossiers.PhonetiqueNom.Cle(NomNaissance), Dossiers.PhonetiqueNom.ClePrenom(Prenoms));
}

internal sealed class PersonneConfiguration : IEntityTypeConfiguration<Personne>
{
    public void Configure(EntityTypeBuilder<Personne> builder)
    {
        builder.ToTable("Personnes");
        builder.Property(p => p.Civilite).HasMaxLength(3);
        builder.Property(p => p.Nom).HasMaxLength(32);
        builder.Property(p => p.NomNaissance).HasMaxLength(32);
        builder.Property(p => p.Prenoms).HasMaxLength(64);
        builder.Property(p => p.CommuneNaissance).HasMaxLength(32);
        builder.Property(p => p.Sexe).HasMaxLength(1);
        // The column keeps its name so that the migration widens it instead of dropping it: the NIRs earlier
        // versions stored in clear stay there until ConversionNir encrypts them at the next start.
        builder.Property(p => p.NirChiffre).HasColumnName("Nir").HasMaxLength(80);
        builder.Property(p => p.EmpreinteNir).HasMaxLength(24);
        builder.Property(p => p.CleIdentite).HasMaxLength(100);
        builder.Property(p => p.PhonetiqueNom).HasMaxLength(Dossiers.PhonetiqueNom.LongueurMax);
        builder.Property(p => p.PhonetiqueNomNaissance).HasMaxLength(Dossiers.PhonetiqueNom.LongueurMax);
        builder.Property(p => p.PhonetiquePrenom).HasMaxLength(Dossiers.PhonetiqueNom.LongueurMax);
        builder.Property(p => p.Nationalite).HasMaxLength(40);
        builder.Property(p => p.Telephone).HasMaxLength(20);
        builder.Property(p => p.Email).HasMaxLength(254);
        builder.Property(p => p.RoleCourant).HasMaxLength(3);
        builder.Property(p => p.EtatDroit).HasMaxLength(1);
        builder.HasIndex(p => new { p.DepartementId, p.EmpreinteNir });
        builder.HasIndex(p => new { p.DepartementId, p.CleIdentite, p.DateNaissance });
        // The search by name (any word of the name) reads every searchable person of the département: this
        // index holds them alone, in the order of the list, so counting reads it without the table and a
        // page stops at its last row (SQLite, 100,000 persons: count 35 → 20 ms of CPU, page 196 → 24 ms).
        builder.HasIndex(p => new { p.DepartementId, p.CleIdentite }, "IX_Personnes_Recherche")
            .HasFilter("\"DossierCourantId\" IS NOT NULL AND \"FusionneeDansId\" IS NULL");
        builder.HasIndex(p => new { p.DepartementId, p.DateNaissance });
        // The header search (Features/Recherche) seeks a name by its sound key, surname or birth name, and a contact by equality.
        builder.HasIndex(p => new { p.DepartementId, p.PhonetiqueNom });
        builder.HasIndex(p => new { p.DepartementId, p.PhonetiqueNomNaissance });
        builder.HasIndex(p => new { p.DepartementId, p.Telephone });
        builder.HasIndex(p => new { p.DepartementId, p.Email });
        builder.HasIndex(p => new { p.DepartementId, p.DateEntree });
        builder.HasIndex(p => p.DossierCourantId);
        builder.HasOne<Departements.Departement>().WithMany().HasForeignKey(p => p.DepartementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.DossierCourant).WithMany().HasForeignKey(p => p.DossierCourantId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Personne>().WithMany().HasForeignKey(p => p.FusionneeDansId).OnDelete(DeleteBehavior.Restrict);
    }
}
