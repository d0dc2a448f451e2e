using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Clauses;

/// <summary>
/// A public contract carrying a social clause (primer §7): who bought it, what for, its lots, its dates and the insertion
/// hours it requires; its holder (an employer or a SIAE), the territoire that scopes territorial facilitators, the
/// fiche-action it serves and the facilitator in charge. The lots are a text list: hours are counted per contract, never
/// per lot, so a lot carries nothing but its name.
/// </summary>
public class MarcheClause : ITenantOwned, IVersioned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int Version { get; set; }
    public required string Numero { get; set; }
    public required string Acheteur { get; set; }
    public required string Objet { get; set; }
    public List<string> Lots { get; set; } = [];
    public DateOnly DateDebut { get; set; }
    public DateOnly DateFin { get; set; }
    public int HeuresExigees { get; set; }
    public int? TerritoireId { get; set; }
    public int? FicheActionId { get; set; }
    public string? FacilitateurId { get; set; }
    public int? EmployeurId { get; set; }
    public int? StructureId { get; set; }
    public DateTime CreeLe { get; set; }
    public required string CreePar { get; set; }
    public DateTime ModifieLe { get; set; }
    public List<PlanClause> Plan { get; set; } = [];
}

/// <summary>The hours planned for one month of a contract: the required hours spread over its months, then edited.</summary>
public class PlanClause : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int MarcheClauseId { get; set; }
    /// <summary>The first day of the month.</summary>
    public DateOnly Mois { get; set; }
    public int Heures { get; set; }
}

internal sealed class MarcheClauseConfiguration : IEntityTypeConfiguration<MarcheClause>
{
    public void Configure(EntityTypeBuilder<MarcheClause> builder)
    {
        builder.ToTable("MarchesClause");
        builder.Property(m => m.Numero).HasMaxLength(50);
        builder.Property(m => m.Acheteur).HasMaxLength(200);
        builder.Property(m => m.Objet).HasMaxLength(500);
        builder.Property(m => m.FacilitateurId).HasMaxLength(450);
        builder.Property(m => m.CreePar).HasMaxLength(200);
        builder.HasIndex(m => new { m.DepartementId, m.Numero }).IsUnique();
        builder.HasIndex(m => new { m.DepartementId, m.TerritoireId });
        builder.HasOne<Territoires.Territoire>().WithMany().HasForeignKey(m => m.TerritoireId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Programmes.FicheAction>().WithMany().HasForeignKey(m => m.FicheActionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Utilisateurs.Utilisateur>().WithMany().HasForeignKey(m => m.FacilitateurId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Employeurs.Employeur>().WithMany().HasForeignKey(m => m.EmployeurId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Structures.Structure>().WithMany().HasForeignKey(m => m.StructureId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Plan).WithOne().HasForeignKey(p => p.MarcheClauseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanClauseConfiguration : IEntityTypeConfiguration<PlanClause>
{
    public void Configure(EntityTypeBuilder<PlanClause> builder)
    {
        builder.ToTable("PlansClause");
        builder.HasIndex(p => new { p.MarcheClauseId, p.Mois }).IsUnique();
        builder.HasIndex(p => new { p.DepartementId, p.Mois });
    }
}
