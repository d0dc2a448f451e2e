using System.ComponentModel.DataAnnotations;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Administration;

/// <summary>The département's EP rules as the form posts them, checked field by field (<see cref="ReglesEp"/>).</summary>
public sealed class SaisieReglesEp : IValidatableObject
{
    [Range(1, 365, ErrorMessage = "La première relance intervient entre 1 et 365 jours après l'orientation.")]
    public int PremiereRelanceJours { get; set; }

    [Range(1, 180, ErrorMessage = "Les relances sont espacées de 1 à 180 jours.")]
    public int IntervalleRelancesJours { get; set; }

    [Range(0, 10, ErrorMessage = "Le nombre de relances avant l'équipe pluridisciplinaire va de 0 à 10.")]
    public int NombreRelances { get; set; }

    [Range(1, 20, ErrorMessage = "Le nombre d'absences qui déclenche le signalement va de 1 à 20.")]
    public int AbsencesPourSignalement { get; set; }

    [Range(1, 24, ErrorMessage = "La période où l'on compte les absences va de 1 à 24 mois.")]
    public int PeriodeAbsencesMois { get; set; }

    [Range(3, 36, ErrorMessage = "Le maintien en orientation sociale s'examine entre 3 et 36 mois.")]
    public int MaintienSocialMois { get; set; }

    [Range(typeof(decimal), "1", "5000", ErrorMessage = "Le montant de la réduction va de 1 à 5 000 €.")]
    public decimal MontantReduction { get; set; }

    [Range(1, 12, ErrorMessage = "La réduction dure de 1 à 12 mois.")]
    public int DureeReductionMois { get; set; }

    [Range(1, 12, ErrorMessage = "Une suspension dure au plus de 1 à 12 mois.")]
    public int DureeMaximaleSuspensionMois { get; set; }

    [Range(1, 100, ErrorMessage = "La part suspendue en remobilisation va de 1 à 100 %.")]
    public int PourcentageMinimalRemobilisation { get; set; }

    [Range(1, 12, ErrorMessage = "Une suspension-remobilisation dure au plus de 1 à 12 mois.")]
    public int DureeMaximaleRemobilisationMois { get; set; }

    [Range(0, 12, ErrorMessage = "La restitution porte sur 0 à 12 mois.")]
    public int RestitutionMaximaleMois { get; set; }

    public int Version { get; set; }

    public static SaisieReglesEp Depuis(ReglesEp r) => new()
    {
        PremiereRelanceJours = r.PremiereRelanceJours,
        IntervalleRelancesJours = r.IntervalleRelancesJours,
        NombreRelances = r.NombreRelances,
        AbsencesPourSignalement = r.AbsencesPourSignalement,
        PeriodeAbsencesMois = r.PeriodeAbsencesMois,
        MaintienSocialMois = r.MaintienSocialMois,
        MontantReduction = r.MontantReduction,
        DureeReductionMois = r.DureeReductionMois,
        DureeMaximaleSuspensionMois = r.DureeMaximaleSuspensionMois,
        PourcentageMinimalRemobilisation = r.PourcentageMinimalRemobilisation,
        DureeMaximaleRemobilisationMois = r.DureeMaximaleRemobilisationMois,
        RestitutionMaximaleMois = r.RestitutionMaximaleMois,
        Version = r.Version,
    };

    public void Appliquer(ReglesEp r)
    {
        (r.PremiereRelanceJours, r.IntervalleRelancesJours, r.NombreRelances) = (PremiereRelanceJours, IntervalleRelancesJours, NombreRelances);
        (r.AbsencesPourSignalement, r.PeriodeAbsencesMois, r.MaintienSocialMois) = (AbsencesPourSignalement, PeriodeAbsencesMois, MaintienSocialMois);
        (r.MontantReduction, r.DureeReductionMois, r.DureeMaximaleSuspensionMois) = (MontantReduction, DureeReductionMois, DureeMaximaleSuspensionMois);
        (r.PourcentageMinimalRemobilisation, r.DureeMaximaleRemobilisationMois, r.RestitutionMaximaleMois) =
            (PourcentageMinimalRemobilisation, DureeMaximaleRemobilisationMois, RestitutionMaximaleMois);
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (RestitutionMaximaleMois > DureeMaximaleRemobilisationMois)
            yield return new ValidationResult("On ne restitue pas plus de mois que la suspension-remobilisation n'en dure.", [nameof(RestitutionMaximaleMois)]);
        if (DureeReductionMois > DureeMaximaleSuspensionMois)
            yield return new ValidationResult("La réduction ne peut durer plus longtemps que la plus longue suspension.", [nameof(DureeReductionMois)]);
    }
}
