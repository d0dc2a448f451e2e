using System.Text.Json.Serialization;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires;

[JsonConverter(typeof(JsonStringEnumConverter<StatutSeance>))]
public enum StatutSeance { Creee, OrdreDuJourArrete, Convoquee, Tenue, AvisRendus, Decidee, Close, Annulee, Reportee }

[JsonConverter(typeof(JsonStringEnumConverter<ActeSeance>))]
public enum ActeSeance { ArreterOrdreDuJour, Convoquer, Tenir, TerminerAvis, TerminerDecisions, Clore, Annuler, Reporter }

/// <summary>
/// The life of a session, written once (primer §3 step 9): created → agenda set → members convened → held → opinions
/// recorded → decisions taken → closed. It is cancelled or postponed only before any opinion is recorded: a session
/// held without quorum is postponed, its dossiers moved to the next session; once opinions exist it runs to its end.
/// </summary>
public static class TransitionsSeance
{
    private static readonly (ActeSeance Acte, StatutSeance[] De, StatutSeance Vers)[] Regles =
    [
        (ActeSeance.ArreterOrdreDuJour, [StatutSeance.Creee], StatutSeance.OrdreDuJourArrete),
        (ActeSeance.Convoquer, [StatutSeance.OrdreDuJourArrete], StatutSeance.Convoquee),
        (ActeSeance.Tenir, [StatutSeance.Convoquee], StatutSeance.Tenue),
        (ActeSeance.TerminerAvis, [StatutSeance.Tenue], StatutSeance.AvisRendus),
        (ActeSeance.TerminerDecisions, [StatutSeance.AvisRendus], StatutSeance.Decidee),
        (ActeSeance.Clore, [StatutSeance.Decidee], StatutSeance.Close),
        (ActeSeance.Annuler, [StatutSeance.Creee, StatutSeance.OrdreDuJourArrete, StatutSeance.Convoquee], StatutSeance.Annulee),
        (ActeSeance.Reporter, [StatutSeance.Creee, StatutSeance.OrdreDuJourArrete, StatutSeance.Convoquee, StatutSeance.Tenue], StatutSeance.Reportee),
    ];

    public static StatutSeance? Suivant(StatutSeance statut, ActeSeance acte) =>
        Regles.Where(r => r.Acte == acte && r.De.Contains(statut)).Select(r => (StatutSeance?)r.Vers).FirstOrDefault();

    public static IEnumerable<ActeSeance> Possibles(StatutSeance statut) => Regles.Where(r => r.De.Contains(statut)).Select(r => r.Acte);

    /// <summary>The agenda may still change (dossiers added or withdrawn).</summary>
    public static bool OrdreDuJourModifiable(this StatutSeance statut) => statut == StatutSeance.Creee;

    /// <summary>Members read the agenda from the convocation until the session is closed (primer §1: « for the session's duration »).</summary>
    public static bool OuverteAuxMembres(this StatutSeance statut) =>
        statut is StatutSeance.Convoquee or StatutSeance.Tenue or StatutSeance.AvisRendus or StatutSeance.Decidee;

    public static bool Terminee(this StatutSeance statut) => statut is StatutSeance.Close or StatutSeance.Annulee or StatutSeance.Reportee;

    public static string Refus(StatutSeance statut, ActeSeance acte) =>
        $"Impossible {Elision.De(acte.Libelle().ToLowerInvariant())} : la séance est « {statut.Libelle().ToLowerInvariant()} ».";

    public static string Libelle(this StatutSeance statut) => statut switch
    {
        StatutSeance.Creee => "Créée",
        StatutSeance.OrdreDuJourArrete => "Ordre du jour arrêté",
        StatutSeance.Convoquee => "Membres convoqués",
        StatutSeance.Tenue => "Tenue",
        StatutSeance.AvisRendus => "Avis rendus",
        StatutSeance.Decidee => "Décisions prises",
        StatutSeance.Close => "Close",
        StatutSeance.Annulee => "Annulée",
        _ => "Reportée",
    };

    public static string Libelle(this ActeSeance acte) => acte switch
    {
        ActeSeance.ArreterOrdreDuJour => "Arrêter l'ordre du jour",
        ActeSeance.Convoquer => "Convoquer les membres",
        ActeSeance.Tenir => "Tenir la séance",
        ActeSeance.TerminerAvis => "Terminer les avis",
        ActeSeance.TerminerDecisions => "Terminer les décisions",
        ActeSeance.Clore => "Clore la séance",
        ActeSeance.Annuler => "Annuler la séance",
        _ => "Reporter la séance",
    };
}
