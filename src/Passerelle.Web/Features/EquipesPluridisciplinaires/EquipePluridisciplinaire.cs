using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires;

/// <summary>
/// An équipe pluridisciplinaire (CASF L262-39, primer §3 step 9): one per territoire, or one for the whole département
/// when <see cref="TerritoireId"/> is null. Its composition and quorum are the département's [config]: a session is
/// held only when at least <see cref="Quorum"/> members are present and each function has its minimum.
/// </summary>
public class EquipePluridisciplinaire : ITenantOwned, IVersioned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int Version { get; set; }
    public required string Nom { get; set; }
    public int? TerritoireId { get; set; }
    public int Quorum { get; set; } = 3;
    public int MinimumDepartement { get; set; } = 1;
    public int MinimumFranceTravail { get; set; }
    public int MinimumProfessionnelsInsertion { get; set; }
    public int MinimumRepresentantsBeneficiaires { get; set; }
    public bool Active { get; set; } = true;
    public List<MembreEquipe> Membres { get; set; } = [];

    public int Minimum(FonctionMembre fonction) => fonction switch
    {
        FonctionMembre.Departement => MinimumDepartement,
        FonctionMembre.FranceTravail => MinimumFranceTravail,
        FonctionMembre.ProfessionnelInsertion => MinimumProfessionnelsInsertion,
        _ => MinimumRepresentantsBeneficiaires,
    };
}

/// <summary>The functions the law names for an EP's members (CASF L262-39).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FonctionMembre>))]
public enum FonctionMembre { Departement, FranceTravail, ProfessionnelInsertion, RepresentantBeneficiaires }

public static class FonctionMembreLibelles
{
    public static string Libelle(this FonctionMembre fonction) => fonction switch
    {
        FonctionMembre.Departement => "Représentant du Département",
        FonctionMembre.FranceTravail => "Représentant de France Travail",
        FonctionMembre.ProfessionnelInsertion => "Professionnel de l'insertion",
        _ => "Représentant des bénéficiaires",
    };
}

/// <summary>
/// A member of an EP, by function and organisation. <see cref="UtilisateurId"/> links the member to the account
/// (role « membre d'équipe pluridisciplinaire ») through which they read their sessions' dossiers; a member
/// without an account is convened by e-mail only.
/// </summary>
public class MembreEquipe : ITenantOwned
{
    public int Id { get; set; }
    public int DepartementId { get; set; }
    public int EquipePluridisciplinaireId { get; set; }
    public required string Nom { get; set; }
    public required string Prenom { get; set; }
    public FonctionMembre Fonction { get; set; }
    public required string Organisation { get; set; }
    public string? Courriel { get; set; }
    public string? UtilisateurId { get; set; }
    public bool Actif { get; set; } = true;

    public string NomComplet => $"{Prenom} {Nom}";
}

internal sealed class EquipePluridisciplinaireConfiguration : IEntityTypeConfiguration<EquipePluridisciplinaire>
{
    public void Configure(EntityTypeBuilder<EquipePluridisciplinaire> builder)
    {
        builder.ToTable("EquipesPluridisciplinaires");
        builder.Property(e => e.Nom).HasMaxLength(200);
        builder.HasIndex(e => new { e.DepartementId, e.Nom }).IsUnique();
        builder.HasIndex(e => new { e.DepartementId, e.TerritoireId });
        builder.HasOne<Territoires.Territoire>().WithMany().HasForeignKey(e => e.TerritoireId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Membres).WithOne().HasForeignKey(m => m.EquipePluridisciplinaireId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MembreEquipeConfiguration : IEntityTypeConfiguration<MembreEquipe>
{
    public void Configure(EntityTypeBuilder<MembreEquipe> builder)
    {
        builder.ToTable("MembresEquipe");
        builder.Property(m => m.Nom).HasMaxLength(100);
        builder.Property(m => m.Prenom).HasMaxLength(100);
        builder.Property(m => m.Organisation).HasMaxLength(200);
        builder.Property(m => m.Courriel).HasMaxLength(256);
        builder.Property(m => m.UtilisateurId).HasMaxLength(450);
        builder.Property(m => m.Fonction).HasConversion<string>().HasMaxLength(30);
        builder.Ignore(m => m.NomComplet);
        builder.HasIndex(m => m.UtilisateurId);
        builder.HasOne<Utilisateurs.Utilisateur>().WithMany().HasForeignKey(m => m.UtilisateurId).OnDelete(DeleteBehavior.Restrict);
    }
}
