using System.ComponentModel.DataAnnotations;
using Passerelle.Web.Features.Utilisateurs;

namespace Passerelle.Web.Features.Departements;

public sealed class SaisieNomDepartement
{
    [Required(ErrorMessage = "Saisissez le nom du département.")]
    [StringLength(100, ErrorMessage = "Le nom comporte au plus 100 caractères.")]
    public string Nom { get; set; } = "";

    public int Version { get; set; }
}

public sealed class SaisieNouveauDepartement
{
    [Required(ErrorMessage = "Saisissez le code INSEE du département.")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Saisissez le nom du département.")]
    [StringLength(100, ErrorMessage = "Le nom comporte au plus 100 caractères.")]
    public string Nom { get; set; } = "";

    /// <summary>The département's first administrator, created with it.</summary>
    public SaisieNouveauCompte Administrateur { get; set; } = new();
}
