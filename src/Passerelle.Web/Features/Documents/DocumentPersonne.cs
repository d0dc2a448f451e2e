using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Documents;

/// <summary>
/// A file kept for a person (an ID scan, a certificate, a CV…). Its content is on disk outside the
/// web root (<see cref="StockageDocuments"/>), encrypted when <see cref="Chiffre"/>; the row keeps the
/// name shown, the type found from the content's signature and the SHA-256 of the content in clear.
/// </summary>
public class DocumentPersonne : ITenantOwned
{
    public const int LongueurNom = 200;

    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int PersonneId { get; set; }
    public required string Nom { get; set; }
    public required string TypeContenu { get; set; }
    public long Taille { get; set; }
    public required string Empreinte { get; set; }
    /// <summary>Path relative to the storage folder.</summary>
    public required string Chemin { get; set; }
    public bool Chiffre { get; set; }
    public required string DeposeParId { get; set; }
    public required string DeposePar { get; set; }
    public DateTime DeposeLe { get; set; }
}

internal sealed class DocumentPersonneConfiguration : IEntityTypeConfiguration<DocumentPersonne>
{
    public void Configure(EntityTypeBuilder<DocumentPersonne> builder)
    {
        builder.ToTable("DocumentsPersonne");
        builder.Property(d => d.Nom).HasMaxLength(DocumentPersonne.LongueurNom);
        builder.Property(d => d.TypeContenu).HasMaxLength(100);
        builder.Property(d => d.Empreinte).HasMaxLength(64);
        builder.Property(d => d.Chemin).HasMaxLength(200);
        builder.Property(d => d.DeposeParId).HasMaxLength(450);
        builder.Property(d => d.DeposePar).HasMaxLength(200);
        builder.HasIndex(d => new { d.PersonneId, d.DeposeLe });
        builder.HasOne<Dossiers.Personne>().WithMany().HasForeignKey(d => d.PersonneId).OnDelete(DeleteBehavior.Cascade);
    }
}
