using System.ComponentModel.DataAnnotations;

namespace Passerelle.Web.Features.Prescriptions.Administration;

public sealed class SaisieReglesPrescriptions : IValidatableObject
{
    [Range(1, 60, ErrorMessage = "La relance se fait entre 1 et 60 jours après l'envoi.")]
    public int RelanceJours { get; set; } = ReglesPrescriptions.RelanceParDefaut;

    [Range(2, 180, ErrorMessage = "L'expiration intervient entre 2 et 180 jours après l'envoi.")]
    public int ExpirationJours { get; set; } = ReglesPrescriptions.ExpirationParDefaut;

    public int Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ExpirationJours <= RelanceJours)
            yield return new ValidationResult("L'expiration doit venir après la relance : sinon l'opérateur ne serait jamais relancé.", [nameof(ExpirationJours)]);
    }
}
