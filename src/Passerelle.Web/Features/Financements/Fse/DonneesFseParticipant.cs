using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Financements.Fse;

[JsonConverter(typeof(JsonStringEnumConverter<SituationMarcheTravail>))]
public enum SituationMarcheTravail { ChomeurLongueDuree, Chomeur, Inactif, EnEmploi }

/// <summary>The education level in the international classification (CITE, ISCED in English).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<NiveauCite>))]
public enum NiveauCite { Cite0a1, Cite2, Cite3a4, Cite5a8 }

[JsonConverter(typeof(JsonStringEnumConverter<TrancheAgeFse>))]
public enum TrancheAgeFse { MoinsDe30, De30a54, DePlusDe55 }

[JsonConverter(typeof(JsonStringEnumConverter<SexeFse>))]
public enum SexeFse { Femme, Homme }

[JsonConverter(typeof(JsonStringEnumConverter<SituationSortieFse>))]
public enum SituationSortieFse { RechercheEmploi, EtudesFormation, QualificationObtenue, Emploi, Autre }

/// <summary>
/// What the FSE+ common indicators need of one participant of an FSE-funded action (decision 0019), recorded by the
/// operator: at entry the situation on the labour market, the education level and the household; at exit the
/// situation then. The age band and the sex are computed from the person's file, never typed: the operator may not
/// know the birth date and needs not see it. One row per prescription, the participation it describes.
/// </summary>
public class DonneesFseParticipant : ITenantOwned, IVersioned
{
    public int PrescriptionId { get; set; }
    public int DepartementId { get; set; }
    public int Version { get; set; }
    public SituationMarcheTravail SituationEntree { get; set; }
    public NiveauCite NiveauEtudes { get; set; }
    public TrancheAgeFse TrancheAge { get; set; }
    public SexeFse? Sexe { get; set; }
    public bool MenageSansEmploi { get; set; }
    public bool EnfantsACharge { get; set; }
    public bool ParentIsole { get; set; }
    public SituationSortieFse? SituationSortie { get; set; }
    public DateTime SaisiLe { get; set; }
    public required string SaisiPar { get; set; }
}

internal sealed class DonneesFseParticipantConfiguration : IEntityTypeConfiguration<DonneesFseParticipant>
{
    public void Configure(EntityTypeBuilder<DonneesFseParticipant> builder)
    {
        builder.ToTable("DonneesFseParticipants");
        builder.HasKey(d => d.PrescriptionId);
        builder.Property(d => d.PrescriptionId).ValueGeneratedNever();
        builder.Property(d => d.SituationEntree).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.NiveauEtudes).HasConversion<string>().HasMaxLength(10);
        builder.Property(d => d.TrancheAge).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Sexe).HasConversion<string>().HasMaxLength(10);
        builder.Property(d => d.SituationSortie).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.SaisiPar).HasMaxLength(200);
        builder.HasOne<Prescriptions.Prescription>().WithOne().HasForeignKey<DonneesFseParticipant>(d => d.PrescriptionId).OnDelete(DeleteBehavior.Cascade);
    }
}
