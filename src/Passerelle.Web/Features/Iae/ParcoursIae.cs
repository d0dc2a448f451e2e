using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Iae;

/// <summary>A person's IAE parcours in one SIAE: the eligibility diagnosis, the hire and its contract, the exit and its reason.</summary>
public class ParcoursIae : ITenantOwned, IVersioned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int Version { get; set; }
    public int PersonneId { get; set; }
    public int StructureId { get; set; }
    public DateOnly DateDiagnostic { get; set; }
    public DateOnly DateEmbauche { get; set; }
    public TypeContratIae TypeContrat { get; set; }
    public DateOnly? DateSortie { get; set; }
    public MotifSortieIae? MotifSortie { get; set; }
    public required string SaisiPar { get; set; }
    public DateTime SaisiLe { get; set; }
}

/// <summary>The places a SIAE is agreed for in a year (its convention with the State's services): posts and full-time equivalents.</summary>
public class PlacesSiae : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int StructureId { get; set; }
    public int Annee { get; set; }
    public int PostesConventionnes { get; set; }
    public decimal EtpConventionnes { get; set; }
}

internal sealed class ParcoursIaeConfiguration : IEntityTypeConfiguration<ParcoursIae>
{
    public void Configure(EntityTypeBuilder<ParcoursIae> builder)
    {
        builder.ToTable("ParcoursIae");
        builder.Property(p => p.TypeContrat).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.MotifSortie).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.SaisiPar).HasMaxLength(200);
        builder.HasIndex(p => new { p.PersonneId, p.DateEmbauche });
        builder.HasIndex(p => new { p.StructureId, p.DateEmbauche });
        builder.HasOne<Dossiers.Personne>().WithMany().HasForeignKey(p => p.PersonneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Structures.Structure>().WithMany().HasForeignKey(p => p.StructureId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PlacesSiaeConfiguration : IEntityTypeConfiguration<PlacesSiae>
{
    public void Configure(EntityTypeBuilder<PlacesSiae> builder)
    {
        builder.ToTable("PlacesSiae");
        builder.Property(p => p.EtpConventionnes).HasPrecision(7, 2);
        builder.HasIndex(p => new { p.StructureId, p.Annee }).IsUnique();
        builder.HasOne<Structures.Structure>().WithMany().HasForeignKey(p => p.StructureId).OnDelete(DeleteBehavior.Cascade);
    }
}
