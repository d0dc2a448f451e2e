using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.OffresEmploi;

[JsonConverter(typeof(JsonStringEnumConverter<TypeContratOffre>))]
public enum TypeContratOffre { Cdi, Cdd, Interim, ContratAide, Alternance, CddiIae, Autre }

[JsonConverter(typeof(JsonStringEnumConverter<StatutOffre>))]
public enum StatutOffre { Ouverte, Pourvue, Close }

/// <summary>
/// A job offer a chargé de relation entreprise (or an agent) captured from an employer of the network (issue 16, Sarthe I5):
/// the post (ROME code, contract, hours), where it is (its commune, hence its territoire), how many posts and until when.
/// Open offers are published to the référents whose structure serves the territoire; those of a commune without
/// territoire to every référent of the département (decision 0022).
/// </summary>
public class OffreEmploi : ITenantOwned, IVersioned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int Version { get; set; }
    public int EmployeurId { get; set; }
    public Employeurs.Employeur? Employeur { get; set; }
    public required string Intitule { get; set; }
    public required string CodeRome { get; set; }
    public TypeContratOffre TypeContrat { get; set; }
    public int? DureeMois { get; set; }
    public int HeuresHebdomadaires { get; set; }
    public required string CodeInsee { get; set; }
    public int? TerritoireId { get; set; }
    public int NombrePostes { get; set; }
    public DateOnly DatePublication { get; set; }
    public DateOnly? DateLimite { get; set; }
    public StatutOffre Statut { get; set; }
    public DateTime CreeLe { get; set; }
    public required string CreePar { get; set; }
    public DateTime ModifieLe { get; set; }
}

public static class LibellesOffre
{
    public static string Libelle(this TypeContratOffre t) => t switch
    {
        TypeContratOffre.Cdi => "CDI",
        TypeContratOffre.Cdd => "CDD",
        TypeContratOffre.Interim => "Intérim",
        TypeContratOffre.ContratAide => "Contrat aidé (PEC)",
        TypeContratOffre.Alternance => "Alternance",
        TypeContratOffre.CddiIae => "CDDI (insertion par l'activité économique)",
        _ => "Autre contrat",
    };

    public static string Libelle(this StatutOffre s) => s switch
    {
        StatutOffre.Pourvue => "Pourvue",
        StatutOffre.Close => "Close",
        _ => "Ouverte",
    };
}

internal sealed class OffreEmploiConfiguration : IEntityTypeConfiguration<OffreEmploi>
{
    public void Configure(EntityTypeBuilder<OffreEmploi> builder)
    {
        builder.ToTable("OffresEmploi");
        builder.Property(o => o.Intitule).HasMaxLength(200);
        builder.Property(o => o.CodeRome).HasMaxLength(5);
        builder.Property(o => o.TypeContrat).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Statut).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.CodeInsee).HasMaxLength(5);
        builder.Property(o => o.CreePar).HasMaxLength(200);
        builder.HasOne(o => o.Employeur).WithMany().HasForeignKey(o => o.EmployeurId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Territoires.Territoire>().WithMany().HasForeignKey(o => o.TerritoireId).OnDelete(DeleteBehavior.Restrict);
        // The référents' list: open offers of their territoires, the latest first.
        builder.HasIndex(o => new { o.DepartementId, o.Statut, o.TerritoireId, o.DatePublication });
        builder.HasIndex(o => new { o.DepartementId, o.EmployeurId });
    }
}
