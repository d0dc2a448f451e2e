using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Orientation;

/// <summary>
/// The orientation rules in force over a period (primer §3, every item marked [config]): deadlines,
/// reminder delays, invitation expiry, the département's names of the three orientation types and
/// the automatic pre-orientation criteria. A person's parcours is judged by the set in force at its
/// entry date (<see cref="ReglesEnVigueur"/>). National sets live in <see cref="ReglesNationales"/>;
/// a département's own sets (this table) take precedence over them during their validity period.
/// </summary>
public class JeuRegles : ITenantOwned, IVersioned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int Version { get; set; }

    public required string Code { get; set; }
    public required string Libelle { get; set; }
    /// <summary>The text the set comes from (décret, plan départemental…), shown to users.</summary>
    public string? Source { get; set; }
    public DateOnly ValideDu { get; set; }
    /// <summary>Last day of validity, inclusive; null while in force.</summary>
    public DateOnly? ValideAu { get; set; }

    /// <summary>From the entry (clock start, <see cref="Parcours.DateEntree"/>) to the validated orientation.</summary>
    public Delai DelaiOrientation { get; set; }
    /// <summary>From the orientation to the first appointment with the référent.</summary>
    public Delai DelaiPremierRdv { get; set; }
    /// <summary>From the orientation to the signed contract (CER, PPAE, contrat d'engagement).</summary>
    public Delai DelaiContrat { get; set; }
    /// <summary>Reminder sent this many days before an appointment (J-2 usual).</summary>
    public int RappelAvantRdvJours { get; set; } = 2;
    /// <summary>Reminder sent this many days after an invitation left unanswered (J+3 usual).</summary>
    public int RelanceInvitationJours { get; set; } = 3;
    /// <summary>An invitation still unanswered after this many days expires: the person is to invite again.</summary>
    public int ExpirationInvitationJours { get; set; } = 30;

    public string? LibelleProfessionnelle { get; set; }
    public string? LibelleSocioProfessionnelle { get; set; }
    public string? LibelleSociale { get; set; }

    /// <summary>One criterion per line, first match wins (<see cref="CriteresPreOrientation"/> gives the grammar).</summary>
    public string Criteres { get; set; } = "";

    public bool EstEnVigueur(DateOnly date) => ValideDu <= date && (ValideAu is null || date <= ValideAu);

    public string NomType(TypeOrientation type) => (type switch
    {
        TypeOrientation.Professionnelle => LibelleProfessionnelle,
        TypeOrientation.SocioProfessionnelle => LibelleSocioProfessionnelle,
        _ => LibelleSociale,
    }) is { Length: > 0 } propre ? propre : type.LibelleNational();
}

internal sealed class JeuReglesConfiguration : IEntityTypeConfiguration<JeuRegles>
{
    public void Configure(EntityTypeBuilder<JeuRegles> builder)
    {
        builder.ToTable("JeuxRegles");
        builder.Property(j => j.Code).HasMaxLength(40);
        builder.Property(j => j.Libelle).HasMaxLength(200);
        builder.Property(j => j.Source).HasMaxLength(300);
        foreach (var delai in new[] { nameof(JeuRegles.DelaiOrientation), nameof(JeuRegles.DelaiPremierRdv), nameof(JeuRegles.DelaiContrat) })
            builder.Property<Delai>(delai).HasConversion(d => d.ToString(), s => Delai.Parse(s)).HasMaxLength(20);
        builder.Property(j => j.LibelleProfessionnelle).HasMaxLength(80);
        builder.Property(j => j.LibelleSocioProfessionnelle).HasMaxLength(80);
        builder.Property(j => j.LibelleSociale).HasMaxLength(80);
        builder.Property(j => j.Criteres).HasMaxLength(2000);
        builder.HasIndex(j => new { j.DepartementId, j.Code }).IsUnique();
        builder.HasOne<Departements.Departement>().WithMany().HasForeignKey(j => j.DepartementId).OnDelete(DeleteBehavior.Restrict);
    }
}
