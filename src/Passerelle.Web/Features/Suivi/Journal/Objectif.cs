using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Suivi.Journal;

/// <summary>An objective of the accompaniment, or an action towards one (<see cref="ObjectifParentId"/>).</summary>
public class Objectif : ITenantOwned, IVersioned
{
    public const int LongueurLibelle = 300;

    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int Version { get; set; }
    public int PersonneId { get; set; }
    /// <summary>The objective this action serves; null for an objective.</summary>
    public int? ObjectifParentId { get; set; }
    public required string Libelle { get; set; }
    public DateOnly? Echeance { get; set; }
    public StatutObjectif Statut { get; set; }
    public DateTime StatutLe { get; set; }
    public required string StatutPar { get; set; }
    public required string CreePar { get; set; }
    public DateTime CreeLe { get; set; }
}

internal sealed class ObjectifConfiguration : IEntityTypeConfiguration<Objectif>
{
    public void Configure(EntityTypeBuilder<Objectif> builder)
    {
        builder.ToTable("ObjectifsSuivi");
        builder.Property(o => o.Libelle).HasMaxLength(Objectif.LongueurLibelle);
        builder.Property(o => o.Statut).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.StatutPar).HasMaxLength(200);
        builder.Property(o => o.CreePar).HasMaxLength(200);
        builder.HasIndex(o => o.PersonneId);
        builder.HasOne<Dossiers.Personne>().WithMany().HasForeignKey(o => o.PersonneId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Objectif>().WithMany().HasForeignKey(o => o.ObjectifParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
