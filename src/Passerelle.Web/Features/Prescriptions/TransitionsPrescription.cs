using System.Text.Json.Serialization;

namespace Passerelle.Web.Features.Prescriptions;

[JsonConverter(typeof(JsonStringEnumConverter<StatutPrescription>))]
public enum StatutPrescription { Envoyee, ListeAttente, Acceptee, Refusee, Annulee, Expiree, EnCours, Terminee }

public enum ActePrescription { Accepter, MettreEnAttente, Refuser, Annuler, Expirer, Entrer, Sortir }

/// <summary>Who may do an act: the operator of the action, the prescriber (the référent, or an agent), or the daily task.</summary>
public enum ActeurPrescription { Operateur, Prescripteur, Systeme }

/// <summary>
/// The life of a prescription, written once (primer §3 step 8): sent → accepted / refused / waiting list → entered
/// → exited. The operator answers, enters and exits; the prescriber may withdraw it until the person enters; the daily
/// task expires what nobody answered. The waiting list is an answer: it stops the expiry clock and leads to
/// acceptance or refusal. An abandon is an exit (<see cref="TypeSortieAction.Abandon"/>), after the entry.
/// </summary>
public static class TransitionsPrescription
{
    private static readonly (ActePrescription Acte, StatutPrescription[] De, StatutPrescription Vers, ActeurPrescription Acteur)[] Regles =
    [
        (ActePrescription.Accepter, [StatutPrescription.Envoyee, StatutPrescription.ListeAttente], StatutPrescription.Acceptee, ActeurPrescription.Operateur),
        (ActePrescription.MettreEnAttente, [StatutPrescription.Envoyee], StatutPrescription.ListeAttente, ActeurPrescription.Operateur),
        (ActePrescription.Refuser, [StatutPrescription.Envoyee, StatutPrescription.ListeAttente, StatutPrescription.Acceptee], StatutPrescription.Refusee, ActeurPrescription.Operateur),
        (ActePrescription.Annuler, [StatutPrescription.Envoyee, StatutPrescription.ListeAttente, StatutPrescription.Acceptee], StatutPrescription.Annulee, ActeurPrescription.Prescripteur),
        (ActePrescription.Expirer, [StatutPrescription.Envoyee], StatutPrescription.Expiree, ActeurPrescription.Systeme),
        (ActePrescription.Entrer, [StatutPrescription.Acceptee], StatutPrescription.EnCours, ActeurPrescription.Operateur),
        (ActePrescription.Sortir, [StatutPrescription.EnCours], StatutPrescription.Terminee, ActeurPrescription.Operateur),
    ];

    /// <returns>The status after the act, or null when this actor may not do it from <paramref name="statut"/>.</returns>
    public static StatutPrescription? Suivant(StatutPrescription statut, ActePrescription acte, ActeurPrescription acteur) =>
        Regles.Where(r => r.Acte == acte && r.Acteur == acteur && r.De.Contains(statut)).Select(r => (StatutPrescription?)r.Vers).FirstOrDefault();

    public static IEnumerable<ActePrescription> Possibles(StatutPrescription statut, ActeurPrescription acteur) =>
        Regles.Where(r => r.Acteur == acteur && r.De.Contains(statut)).Select(r => r.Acte);

    /// <summary>Waiting for the operator's answer: reminded, then expired.</summary>
    public static bool AttendReponse(this StatutPrescription statut) => statut == StatutPrescription.Envoyee;

    /// <summary>Still going on: in the référent's and the operator's current lists.</summary>
    public static bool EnCours(this StatutPrescription statut) =>
        statut is StatutPrescription.Envoyee or StatutPrescription.ListeAttente or StatutPrescription.Acceptee or StatutPrescription.EnCours;

    public static string Libelle(this StatutPrescription statut) => statut switch
    {
        StatutPrescription.Envoyee => "Envoyée, sans réponse",
        StatutPrescription.ListeAttente => "En liste d'attente",
        StatutPrescription.Acceptee => "Acceptée",
        StatutPrescription.Refusee => "Refusée",
        StatutPrescription.Annulee => "Annulée par le prescripteur",
        StatutPrescription.Expiree => "Expirée sans réponse",
        StatutPrescription.EnCours => "Entrée dans l'action",
        _ => "Sortie de l'action",
    };

    public static string Libelle(this ActePrescription acte) => acte switch
    {
        ActePrescription.Accepter => "Accepter",
        ActePrescription.MettreEnAttente => "Mettre en liste d'attente",
        ActePrescription.Refuser => "Refuser",
        ActePrescription.Annuler => "Annuler la prescription",
        ActePrescription.Expirer => "Expirer",
        ActePrescription.Entrer => "Enregistrer l'entrée",
        _ => "Enregistrer la sortie",
    };
}
