using System.Text.Json.Serialization;

namespace Passerelle.Web.Features.Sorties;

[JsonConverter(typeof(JsonStringEnumConverter<StatutSortie>))]
public enum StatutSortie
{
    /// <summary>The flux closed the right: the exit awaits the référent's or an agent's confirmation.</summary>
    Proposee,
    Enregistree,
}

/// <summary>Why the accompaniment ended (primer §3 step 10).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MotifSortie>))]
public enum MotifSortie
{
    Emploi,
    Formation,
    Demenagement,
    FinDroitsDevoirs,
    FinDroit,
    SansContact,
    Deces,
    Autre,
}

[JsonConverter(typeof(JsonStringEnumConverter<TypeContratSortie>))]
public enum TypeContratSortie
{
    Cdi,
    Cdd,
    Interim,
    Iae,
    Alternance,
    CreationEntreprise,
    Autre,
}

/// <summary>Where the person stands towards employment, at the exit and at each follow-up.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SituationEmploi>))]
public enum SituationEmploi
{
    EmploiDurable,
    EmploiTemporaire,
    Formation,
    RechercheEmploi,
    SansActivite,
    Inconnue,
}

public static class LibellesSortie
{
    public static string Libelle(this MotifSortie motif) => motif switch
    {
        MotifSortie.Emploi => "Emploi",
        MotifSortie.Formation => "Formation",
        MotifSortie.Demenagement => "Déménagement",
        MotifSortie.FinDroitsDevoirs => "Fin des droits et devoirs",
        MotifSortie.FinDroit => "Fin du droit RSA",
        MotifSortie.SansContact => "Sans contact",
        MotifSortie.Deces => "Décès",
        _ => "Autre motif",
    };

    public static string Libelle(this TypeContratSortie type) => type switch
    {
        TypeContratSortie.Cdi => "CDI",
        TypeContratSortie.Cdd => "CDD",
        TypeContratSortie.Interim => "Intérim",
        TypeContratSortie.Iae => "Insertion par l'activité économique (IAE)",
        TypeContratSortie.Alternance => "Alternance",
        TypeContratSortie.CreationEntreprise => "Création d'entreprise",
        _ => "Autre contrat",
    };

    public static string Libelle(this SituationEmploi situation) => situation switch
    {
        SituationEmploi.EmploiDurable => "En emploi durable (CDI, CDD de 6 mois ou plus, création d'entreprise)",
        SituationEmploi.EmploiTemporaire => "En emploi de moins de 6 mois",
        SituationEmploi.Formation => "En formation",
        SituationEmploi.RechercheEmploi => "En recherche d'emploi",
        SituationEmploi.SansActivite => "Sans activité",
        _ => "Situation inconnue",
    };

    public static string Libelle(this StatutSortie statut) => statut == StatutSortie.Proposee ? "Proposée, à confirmer" : "Enregistrée";

    /// <summary>
    /// "Emploi durable" as the Sarthe PTI counts it (primer §4): a CDI, a CDD or IAE contract of 6 months or more,
    /// or a business creation; the threshold is named so the indicator and the form agree.
    /// </summary>
    public const int DureeEmploiDurableMois = 6;

    public static bool EstDurable(TypeContratSortie type, int? dureeMois) =>
        type is TypeContratSortie.Cdi or TypeContratSortie.CreationEntreprise || dureeMois >= DureeEmploiDurableMois;
}
