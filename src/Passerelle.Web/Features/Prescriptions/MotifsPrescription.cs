using System.Text.Json.Serialization;

namespace Passerelle.Web.Features.Prescriptions;

/// <summary>The operator's reasons to refuse a prescription (primer §3 step 8).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MotifRefusPrescription>))]
public enum MotifRefusPrescription
{
    Injoignable,
    Absent,
    DejaEnEmploi,
    EnFormation,
    NonEligible,
    NonMobile,
    NonInteresse,
    FreinsNonLeves,
    SessionComplete,
    Doublon,
    Autre,
}

/// <summary>
/// How a participant leaves an action (primer §3 step 8). Emploi durable: CDI or a contract of more than 6 months;
/// emploi de transition: 6 months or less, IAE, contrat aidé. The first four are « sorties dynamiques ».
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<TypeSortieAction>))]
public enum TypeSortieAction
{
    EmploiDurable,
    EmploiTransition,
    FormationQualifiante,
    AutreSortieDynamique,
    Abandon,
    Demenagement,
    Autre,
}

public static class LibellesPrescription
{
    public static bool EstDynamique(this TypeSortieAction type) =>
        type is TypeSortieAction.EmploiDurable or TypeSortieAction.EmploiTransition or TypeSortieAction.FormationQualifiante or TypeSortieAction.AutreSortieDynamique;

    public static string Libelle(this MotifRefusPrescription motif) => motif switch
    {
        MotifRefusPrescription.Injoignable => "Personne injoignable",
        MotifRefusPrescription.Absent => "Absente au rendez-vous d'entrée",
        MotifRefusPrescription.DejaEnEmploi => "Déjà en emploi",
        MotifRefusPrescription.EnFormation => "En formation",
        MotifRefusPrescription.NonEligible => "Ne remplit pas les conditions d'accès",
        MotifRefusPrescription.NonMobile => "Ne peut pas se déplacer jusqu'à l'action",
        MotifRefusPrescription.NonInteresse => "Pas intéressée",
        MotifRefusPrescription.FreinsNonLeves => "Freins à lever d'abord",
        MotifRefusPrescription.SessionComplete => "Session complète",
        MotifRefusPrescription.Doublon => "Prescription en double",
        _ => "Autre motif",
    };

    public static string Libelle(this TypeSortieAction type) => type switch
    {
        TypeSortieAction.EmploiDurable => "Emploi durable (CDI ou contrat de plus de 6 mois)",
        TypeSortieAction.EmploiTransition => "Emploi de transition (6 mois ou moins, IAE, contrat aidé)",
        TypeSortieAction.FormationQualifiante => "Formation qualifiante",
        TypeSortieAction.AutreSortieDynamique => "Autre sortie dynamique (autre action, création d'activité, frein levé)",
        TypeSortieAction.Abandon => "Abandon",
        TypeSortieAction.Demenagement => "Déménagement",
        _ => "Autre sortie",
    };
}
