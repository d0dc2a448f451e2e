using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Programmes;

namespace Passerelle.Web.Features.Pilotage.Catalogue;

[JsonConverter(typeof(JsonStringEnumConverter<TypePeriode>))]
public enum TypePeriode { Annee, Trimestre, Mois, Libre }

/// <summary>
/// A value the pilot enters for an indicator mapped « saisie manuelle », over a period (a year, a quarter, a month, or
/// from one date to another): a number in the indicator's unit, or a text for a qualitative one, a comment and an optional
/// attachment. One entry per indicator and period; a correction keeps who entered and who corrected, the audit journal the
/// values before.
/// </summary>
public class SaisieIndicateur : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int IndicateurFicheId { get; set; }
    public IndicateurFiche? Indicateur { get; set; }
    public TypePeriode Type { get; set; }
    public DateOnly Du { get; set; }
    public DateOnly Au { get; set; }
    public decimal? Valeur { get; set; }
    public string? Texte { get; set; }
    public string? Commentaire { get; set; }
    public string? PieceNom { get; set; }
    public string? PieceType { get; set; }
    public byte[]? PieceContenu { get; set; }
    public DateTime SaisieLe { get; set; }
    public required string SaisiePar { get; set; }
    public DateTime? CorrigeeLe { get; set; }
    public string? CorrigeePar { get; set; }
}

internal sealed class SaisieIndicateurConfiguration : IEntityTypeConfiguration<SaisieIndicateur>
{
    public void Configure(EntityTypeBuilder<SaisieIndicateur> builder)
    {
        builder.ToTable("SaisiesIndicateur");
        builder.Property(s => s.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Valeur).HasPrecision(18, 2);
        builder.Property(s => s.Texte).HasMaxLength(4000);
        builder.Property(s => s.Commentaire).HasMaxLength(2000);
        builder.Property(s => s.PieceNom).HasMaxLength(255);
        builder.Property(s => s.PieceType).HasMaxLength(100);
        builder.Property(s => s.SaisiePar).HasMaxLength(200);
        builder.Property(s => s.CorrigeePar).HasMaxLength(200);
        builder.HasIndex(s => new { s.IndicateurFicheId, s.Du, s.Au }).IsUnique();
        builder.HasOne(s => s.Indicateur).WithMany().HasForeignKey(s => s.IndicateurFicheId).OnDelete(DeleteBehavior.Cascade);
    }
}
