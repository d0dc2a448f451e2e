using System.ComponentModel.DataAnnotations;

namespace Passerelle.Web.Features.Publics;

/// <summary>A person entered by hand (or by a partner's tool) to open a parcours for a public beyond the RSA.</summary>
public sealed class SaisieOuverture
{
    [Required(ErrorMessage = "Indiquez le nom."), StringLength(32, ErrorMessage = "Le nom ne peut dépasser 32 caractères.")]
    [Display(Name = "Nom d'usage")]
    public string Nom { get; set; } = "";

    [StringLength(32, ErrorMessage = "Le nom de naissance ne peut dépasser 32 caractères.")]
    [Display(Name = "Nom de naissance (si différent)")]
    public string? NomNaissance { get; set; }

    [Required(ErrorMessage = "Indiquez le ou les prénoms."), StringLength(64, ErrorMessage = "Les prénoms ne peuvent dépasser 64 caractères.")]
    [Display(Name = "Prénoms")]
    public string Prenoms { get; set; } = "";

    [Required(ErrorMessage = "Indiquez la date de naissance.")]
    [Display(Name = "Date de naissance")]
    public DateOnly? DateNaissance { get; set; }

    /// <summary>"1" homme, "2" femme, as the CAF codes it.</summary>
    [Required(ErrorMessage = "Indiquez le sexe."), RegularExpression("^[12]$", ErrorMessage = "Le sexe est 1 (homme) ou 2 (femme).")]
    [Display(Name = "Sexe")]
    public string Sexe { get; set; } = "";

    [StringLength(21, ErrorMessage = "Le NIR ne peut dépasser 21 caractères, espaces compris.")]
    [Display(Name = "NIR (facultatif)")]
    public string? Nir { get; set; }

    [Required(ErrorMessage = "Indiquez la commune de résidence."), StringLength(80, ErrorMessage = "La commune ne peut dépasser 80 caractères.")]
    [Display(Name = "Commune de résidence (nom ou code INSEE)")]
    public string Commune { get; set; } = "";

    [Required(ErrorMessage = "Choisissez le public accompagné."), StringLength(20)]
    [Display(Name = "Public accompagné")]
    public string Public { get; set; } = "";

    [StringLength(400, ErrorMessage = "L'origine ne peut dépasser 400 caractères.")]
    [Display(Name = "Origine de la demande (prescripteur, dispositif)")]
    public string? Origine { get; set; }
}
