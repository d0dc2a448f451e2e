using System.ComponentModel.DataAnnotations;

namespace Passerelle.Web.Features.Conservation;

public sealed class SaisieConservation
{
    [Range(ReglesConservation.DureeMinimaleMois, ReglesConservation.DureeMaximaleMois,
        ErrorMessage = "La durée de conservation est comprise entre 12 et 120 mois.")]
    public int DureeMois { get; set; } = ReglesConservation.DureeParDefautMois;

    public bool AnonymisationAutomatique { get; set; }

    public int Version { get; set; }
}
