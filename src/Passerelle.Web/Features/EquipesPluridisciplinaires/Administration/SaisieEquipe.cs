using System.ComponentModel.DataAnnotations;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Administration;

/// <summary>An EP as its form posts it: name, territoire (none: the whole département), quorum and the minimum present per function.</summary>
public sealed class SaisieEquipe : IValidatableObject
{
    [Required(ErrorMessage = "Donnez un nom à l'équipe.")]
    [StringLength(200, ErrorMessage = "Le nom tient en 200 caractères.")]
    public string? Nom { get; set; }

    public int? TerritoireId { get; set; }

    [Range(1, 50, ErrorMessage = "Le quorum va de 1 à 50 membres présents.")]
    public int Quorum { get; set; } = 3;

    [Range(0, 20, ErrorMessage = "Le minimum de représentants du Département va de 0 à 20.")]
    public int MinimumDepartement { get; set; } = 1;

    [Range(0, 20, ErrorMessage = "Le minimum de représentants de France Travail va de 0 à 20.")]
    public int MinimumFranceTravail { get; set; }

    [Range(0, 20, ErrorMessage = "Le minimum de professionnels de l'insertion va de 0 à 20.")]
    public int MinimumProfessionnelsInsertion { get; set; }

    [Range(0, 20, ErrorMessage = "Le minimum de représentants des bénéficiaires va de 0 à 20.")]
    public int MinimumRepresentantsBeneficiaires { get; set; }

    public bool Active { get; set; } = true;

    public int Version { get; set; }

    public static SaisieEquipe Depuis(EquipePluridisciplinaire e) => new()
    {
        Nom = e.Nom,
        TerritoireId = e.TerritoireId,
        Quorum = e.Quorum,
        MinimumDepartement = e.MinimumDepartement,
        MinimumFranceTravail = e.MinimumFranceTravail,
        MinimumProfessionnelsInsertion = e.MinimumProfessionnelsInsertion,
        MinimumRepresentantsBeneficiaires = e.MinimumRepresentantsBeneficiaires,
        Active = e.Active,
        Version = e.Version,
    };

    public void Appliquer(EquipePluridisciplinaire e)
    {
        (e.Nom, e.TerritoireId, e.Quorum, e.Active) = (Nom!.Trim(), TerritoireId, Quorum, Active);
        (e.MinimumDepartement, e.MinimumFranceTravail, e.MinimumProfessionnelsInsertion, e.MinimumRepresentantsBeneficiaires) =
            (MinimumDepartement, MinimumFranceTravail, MinimumProfessionnelsInsertion, MinimumRepresentantsBeneficiaires);
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var minimums = MinimumDepartement + MinimumFranceTravail + MinimumProfessionnelsInsertion + MinimumRepresentantsBeneficiaires;
        if (minimums > Quorum)
            yield return new ValidationResult($"Les minimums par fonction font {minimums} membres, plus que le quorum ({Quorum}) : relevez le quorum ou baissez un minimum.", [nameof(Quorum)]);
    }
}

/// <summary>A member as the form posts it. The account, when given, must hold the role « membre d'équipe pluridisciplinaire » in the département.</summary>
public sealed class SaisieMembre
{
    [Required(ErrorMessage = "Indiquez le prénom du membre.")]
    [StringLength(100, ErrorMessage = "Le prénom tient en 100 caractères.")]
    public string? Prenom { get; set; }

    [Required(ErrorMessage = "Indiquez le nom du membre.")]
    [StringLength(100, ErrorMessage = "Le nom tient en 100 caractères.")]
    public string? Nom { get; set; }

    [Required(ErrorMessage = "Choisissez la fonction du membre.")]
    public FonctionMembre? Fonction { get; set; }

    [Required(ErrorMessage = "Indiquez l'organisation du membre (Département, France Travail, association…).")]
    [StringLength(200, ErrorMessage = "L'organisation tient en 200 caractères.")]
    public string? Organisation { get; set; }

    [EmailAddress(ErrorMessage = "Cette adresse e-mail n'est pas valide.")]
    [StringLength(256, ErrorMessage = "L'adresse e-mail tient en 256 caractères.")]
    public string? Courriel { get; set; }

    public string? UtilisateurId { get; set; }
}
