using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Imports;

public enum TypeImport { Cnaf, Tableur }

public enum StatutImport
{
    /// <summary>A spreadsheet waiting for the agent to check the preview and launch it.</summary>
    Apercu,
    EnAttente,
    EnCours,
    Termine,
    /// <summary>The file was unusable from the start (not XML, DTD, wrong root, another département, missing column…): nothing was applied.</summary>
    Echoue,
    /// <summary>The XML broke (or was cut) in the middle: the dossiers before that point stay applied and a corrected file resumes the run.</summary>
    Interrompu,
}

/// <summary>
/// One run of one file. Counters and the checkpoint (<see cref="ElementsTraites"/>) are saved in the
/// same transaction as the dossiers they describe, so after a restart the run resumes exactly
/// where the database says it stopped.
/// </summary>
public class ImportFichier : ITenantOwned, IVersioned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int Version { get; set; }
    public TypeImport Type { get; set; }
    public required string NomFichier { get; set; }
    public long Taille { get; set; }
    /// <summary>Where <see cref="StockageImports"/> keeps the file, relative to its folder.</summary>
    public required string CheminFichier { get; set; }
    /// <summary>SHA-256 of the file, hexadecimal: the same file twice is noticed before any work.</summary>
    public required string Empreinte { get; set; }
    public int? ConfigurationTableurId { get; set; }
    /// <summary>DTREF of a CNAF flux; chosen by the agent for a spreadsheet.</summary>
    public DateOnly? DateReference { get; set; }
    /// <summary>First load of an existing stock: first sights are "situation initiale", not new entrants.</summary>
    public bool RepriseDeStock { get; set; }
    /// <summary>Set on a replay: only the rejected lines of that import are read again (all of it if it failed).</summary>
    public int? RejeuDeId { get; set; }
    /// <summary>Set when a corrected file resumes an interrupted import: its dossiers already applied are recognised unchanged.</summary>
    public int? RepriseDeId { get; set; }
    public StatutImport Statut { get; set; }
    public string? ErreurFichier { get; set; }
    public required string Lanceur { get; set; }
    public DateTime CreeLe { get; set; }
    public DateTime? DebutLe { get; set; }
    public DateTime? FinLe { get; set; }

    public int ElementsTraites { get; set; }
    public long OctetsLus { get; set; }
    public int Crees { get; set; }
    public int MisAJour { get; set; }
    public int Inchanges { get; set; }
    public int Ignores { get; set; }
    public int Rejetes { get; set; }
    /// <summary>Foyers of an MSA file (or of a CAF file after its first foyer) addressed to another département: not applied.</summary>
    public int HorsDepartement { get; set; }
    /// <summary>Unchanged dossiers whose last write came from the interrupted import this run resumes.</summary>
    public int DejaAppliques { get; set; }
    /// <summary>Dossiers written with at least one warning, and the warnings recorded (docs/imports-cnaf.md).</summary>
    public int DossiersAvertis { get; set; }
    public int Avertissements { get; set; }
    public int NouveauxEntrants { get; set; }
    public int Sorties { get; set; }
    public int Retours { get; set; }

    /// <summary>The instance working on the run holds it until this time and renews it at each checkpoint.</summary>
    public DateTime? BailJusquA { get; set; }
    public string? Instance { get; set; }

    public bool EstFini => Statut is StatutImport.Termine or StatutImport.Echoue or StatutImport.Interrompu;

    /// <summary>Every foyer read is counted exactly once in one of these.</summary>
    public int FoyersLus => Crees + MisAJour + Inchanges + Ignores + Rejetes + HorsDepartement;
}

internal sealed class ImportFichierConfiguration : IEntityTypeConfiguration<ImportFichier>
{
    public void Configure(EntityTypeBuilder<ImportFichier> builder)
    {
        builder.ToTable("Imports");
        builder.Property(i => i.Type).HasConversion<string>().HasMaxLength(10);
        builder.Property(i => i.Statut).HasConversion<string>().HasMaxLength(10);
        builder.Property(i => i.NomFichier).HasMaxLength(255);
        builder.Property(i => i.Empreinte).HasMaxLength(64);
        builder.Property(i => i.CheminFichier).HasMaxLength(300);
        builder.Property(i => i.ErreurFichier).HasMaxLength(2000);
        builder.Property(i => i.Lanceur).HasMaxLength(256);
        builder.Property(i => i.Instance).HasMaxLength(100);
        builder.HasIndex(i => new { i.DepartementId, i.CreeLe });
        builder.HasIndex(i => new { i.DepartementId, i.Empreinte });
        builder.HasIndex(i => i.Statut);
        builder.HasOne<Departements.Departement>().WithMany().HasForeignKey(i => i.DepartementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ImportFichier>().WithMany().HasForeignKey(i => i.RejeuDeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ImportFichier>().WithMany().HasForeignKey(i => i.RepriseDeId).OnDelete(DeleteBehavior.Restrict);
    }
}
