using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Clauses;

/// <summary>
/// The hours one participant completed on one contract in one month, for the employer or SIAE that employed them.
/// One row per contract, participant and month: a correction replaces it, so a month is never counted twice.
/// </summary>
public class HeuresClause : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int MarcheClauseId { get; set; }
    public int ParticipantClauseId { get; set; }
    /// <summary>The first day of the month.</summary>
    public DateOnly Mois { get; set; }
    public decimal Heures { get; set; }
    public int? EmployeurId { get; set; }
    public int? StructureId { get; set; }
    public DateTime SaisiLe { get; set; }
    public required string SaisiPar { get; set; }
}

internal sealed class HeuresClauseConfiguration : IEntityTypeConfiguration<HeuresClause>
{
    public void Configure(EntityTypeBuilder<HeuresClause> builder)
    {
        builder.ToTable("HeuresClause");
        builder.Property(h => h.Heures).HasPrecision(7, 2);
        builder.Property(h => h.SaisiPar).HasMaxLength(200);
        builder.HasIndex(h => new { h.MarcheClauseId, h.ParticipantClauseId, h.Mois }).IsUnique();
        // The dashboard sums a département's year; the monthly ceiling sums one participant's month over every contract.
        builder.HasIndex(h => new { h.DepartementId, h.Mois });
        builder.HasIndex(h => new { h.ParticipantClauseId, h.Mois });
        builder.HasOne<MarcheClause>().WithMany().HasForeignKey(h => h.MarcheClauseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ParticipantClause>().WithMany().HasForeignKey(h => h.ParticipantClauseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employeurs.Employeur>().WithMany().HasForeignKey(h => h.EmployeurId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Structures.Structure>().WithMany().HasForeignKey(h => h.StructureId).OnDelete(DeleteBehavior.Restrict);
    }
}
