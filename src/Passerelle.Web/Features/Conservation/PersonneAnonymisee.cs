using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Conservation;

/// <summary>
/// Marks a person as anonymised, written in the same transaction as the anonymisation itself: the
/// job skips these rows, so a run stopped between two batches resumes where it left off.
/// </summary>
public class PersonneAnonymisee : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int PersonneId { get; set; }
    public DateTime AnonymiseeLe { get; set; }
    public DateOnly FinAccompagnement { get; set; }
    public int DureeMois { get; set; }
}

internal sealed class PersonneAnonymiseeConfiguration : IEntityTypeConfiguration<PersonneAnonymisee>
{
    public void Configure(EntityTypeBuilder<PersonneAnonymisee> builder)
    {
        builder.ToTable("PersonnesAnonymisees");
        builder.HasIndex(a => new { a.DepartementId, a.PersonneId }).IsUnique();
        builder.HasIndex(a => a.PersonneId);
        builder.HasOne<Dossiers.Personne>().WithMany().HasForeignKey(a => a.PersonneId).OnDelete(DeleteBehavior.Cascade);
    }
}
