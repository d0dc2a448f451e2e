using System.Text.Json.Serialization;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires;

[JsonConverter(typeof(JsonStringEnumConverter<StatutDossierEp>))]
public enum StatutDossierEp { AInscrire, Inscrit, AvisRendu, Decide, Retire }

[JsonConverter(typeof(JsonStringEnumConverter<ActeDossierEp>))]
public enum ActeDossierEp { Inscrire, Desinscrire, RendreAvis, Decider, Retirer }

/// <summary>
/// The life of one passage, written once: to put on an agenda → on a session's agenda → opinion → decision. A dossier
/// leaves the agenda (back to « à inscrire ») when its session is cancelled or postponed without a next one; it is
/// withdrawn (the person signed their contract meanwhile…) only before the opinion.
/// </summary>
public static class TransitionsDossierEp
{
    private static readonly (ActeDossierEp Acte, StatutDossierEp[] De, StatutDossierEp Vers)[] Regles =
    [
        (ActeDossierEp.Inscrire, [StatutDossierEp.AInscrire, StatutDossierEp.Inscrit], StatutDossierEp.Inscrit),
        (ActeDossierEp.Desinscrire, [StatutDossierEp.Inscrit], StatutDossierEp.AInscrire),
        (ActeDossierEp.RendreAvis, [StatutDossierEp.Inscrit, StatutDossierEp.AvisRendu], StatutDossierEp.AvisRendu),
        (ActeDossierEp.Decider, [StatutDossierEp.AvisRendu], StatutDossierEp.Decide),
        (ActeDossierEp.Retirer, [StatutDossierEp.AInscrire, StatutDossierEp.Inscrit], StatutDossierEp.Retire),
    ];

    public static StatutDossierEp? Suivant(StatutDossierEp statut, ActeDossierEp acte) =>
        Regles.Where(r => r.Acte == acte && r.De.Contains(statut)).Select(r => (StatutDossierEp?)r.Vers).FirstOrDefault();

    public static IEnumerable<ActeDossierEp> Possibles(StatutDossierEp statut) => Regles.Where(r => r.De.Contains(statut)).Select(r => r.Acte);

    /// <summary>Open: not yet decided nor withdrawn. An open EP case blocks a new orientation.</summary>
    public static readonly StatutDossierEp[] Ouverts = [StatutDossierEp.AInscrire, StatutDossierEp.Inscrit, StatutDossierEp.AvisRendu];

    public static bool Ouvert(this StatutDossierEp statut) => Ouverts.Contains(statut);

    public static string Refus(StatutDossierEp statut, ActeDossierEp acte) =>
        $"Impossible {Elision.De(acte.Libelle().ToLowerInvariant())} : le dossier est « {statut.Libelle().ToLowerInvariant()} ».";

    public static string Libelle(this StatutDossierEp statut) => statut switch
    {
        StatutDossierEp.AInscrire => "À inscrire à une séance",
        StatutDossierEp.Inscrit => "Inscrit à l'ordre du jour",
        StatutDossierEp.AvisRendu => "Avis rendu",
        StatutDossierEp.Decide => "Décidé",
        _ => "Retiré",
    };

    public static string Libelle(this ActeDossierEp acte) => acte switch
    {
        ActeDossierEp.Inscrire => "Inscrire à une séance",
        ActeDossierEp.Desinscrire => "Retirer de l'ordre du jour",
        ActeDossierEp.RendreAvis => "Enregistrer l'avis",
        ActeDossierEp.Decider => "Décider",
        _ => "Retirer le dossier",
    };
}
