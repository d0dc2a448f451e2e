using System.ComponentModel.DataAnnotations;

namespace Passerelle.Web.Features.Offre;

/// <summary>What an operator describes of an action; sessions and funded places are typed one per line.</summary>
public sealed class SaisieAction
{
    public int Version { get; set; }
    [Display(Name = "Fiche-action")] public int FicheActionId { get; set; }
    [Display(Name = "Structure")] public int StructureId { get; set; }
    [Display(Name = "Nom de l'action")] public string? Nom { get; set; }
    [Display(Name = "Description")] public string? Description { get; set; }
    [Display(Name = "Type")] public string? Type { get; set; }
    [Display(Name = "Thématiques")] public List<string> Thematiques { get; set; } = [];
    [Display(Name = "Publics")] public List<string> Publics { get; set; } = [];
    [Display(Name = "Conditions d'accès")] public string? ConditionsAcces { get; set; }
    [Display(Name = "Heures par semaine")] public decimal? HeuresHebdomadaires { get; set; }
    [Display(Name = "Nombre de semaines")] public int? NombreSemaines { get; set; }
    [Display(Name = "Adresse")] public string? Adresse { get; set; }
    [Display(Name = "Commune")] public string? CodeInsee { get; set; }
    [Display(Name = "Territoires")] public List<int> Territoires { get; set; } = [];
    [Display(Name = "Modes d'accueil")] public List<string> ModesAccueil { get; set; } = [];
    [Display(Name = "Frais")] public string? Frais { get; set; } = "gratuit";
    [Display(Name = "Comment mobiliser l'action")] public List<string> ModesMobilisation { get; set; } = [];
    [Display(Name = "Comment prescrire")] public string? MobilisationPrecisions { get; set; }
    [Display(Name = "Contact")] public string? ContactNom { get; set; }
    [Display(Name = "Courriel")] public string? Courriel { get; set; }
    [Display(Name = "Téléphone")] public string? Telephone { get; set; }
    /// <summary>« 2027-01-11 » or « 2027-01-11 → 2027-03-19 », one session per line.</summary>
    [Display(Name = "Sessions")] public string? Sessions { get; set; }
    /// <summary>« 2027-01-01 → 2027-12-31 : 24 », one period per line.</summary>
    [Display(Name = "Places financées")] public string? Places { get; set; }
}
