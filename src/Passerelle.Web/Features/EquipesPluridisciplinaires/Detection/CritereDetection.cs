namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Detection;

/// <summary>The detection queues (issue 15 §2): each finds the persons meeting one thématique's criteria ([config] <see cref="ReglesEp"/>).</summary>
public enum CritereDetection
{
    /// <summary>Oriented, no contract signed, the first reminder due.</summary>
    SansContrat,
    /// <summary>Unexcused absences at appointments within the period.</summary>
    AbsencesRepetees,
    /// <summary>In a social orientation beyond the months the département sets.</summary>
    MaintienSocial,
}

public static class CritereDetectionRegles
{
    public static NatureThematique Nature(this CritereDetection critere) => critere switch
    {
        CritereDetection.SansContrat => NatureThematique.SansContrat,
        CritereDetection.AbsencesRepetees => NatureThematique.AbsencesRepetees,
        _ => NatureThematique.MaintienSocial,
    };

    public static string Libelle(this CritereDetection critere) => critere switch
    {
        CritereDetection.SansContrat => "Sans contrat",
        CritereDetection.AbsencesRepetees => "Absences répétées",
        _ => "Maintien en orientation sociale",
    };

    public static string Description(this CritereDetection critere, ReglesEp regles) => critere switch
    {
        CritereDetection.SansContrat => $"Personnes orientées depuis au moins {regles.PremiereRelanceJours} jours sans contrat signé : relancez-les "
            + $"({regles.NombreRelances} relances espacées de {regles.IntervalleRelancesJours} jours), puis proposez-les en équipe pluridisciplinaire.",
        CritereDetection.AbsencesRepetees => $"Personnes absentes sans excuse à au moins {regles.AbsencesPourSignalement} rendez-vous sur les {regles.PeriodeAbsencesMois} derniers mois.",
        _ => $"Personnes en orientation sociale depuis au moins {regles.MaintienSocialMois} mois : leur maintien est à examiner.",
    };

    /// <summary>The queue's address: /ep/detection?critere=sans-contrat.</summary>
    public static string Code(this CritereDetection critere) => critere switch
    {
        CritereDetection.SansContrat => "sans-contrat",
        CritereDetection.AbsencesRepetees => "absences-repetees",
        _ => "maintien-social",
    };

    public static CritereDetection? DepuisCode(string? code) =>
        Enum.GetValues<CritereDetection>().Select(c => (CritereDetection?)c).FirstOrDefault(c => c!.Value.Code() == code || c.Value.ToString() == code);
}
