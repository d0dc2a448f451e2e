namespace Passerelle.Web.Features.Offre;

public enum ActeAction { Soumettre, Publier, Refuser, Retirer, Republier }

/// <summary>
/// The moderation of an action, written once: the operator (or an agent) submits a draft, the département publishes
/// or refuses it with a motive; a refused action is corrected and submitted again; a published action can be
/// withdrawn, and put back without a new moderation since it was moderated once (« on first publication »).
/// Only the département moderates.
/// </summary>
public static class TransitionsAction
{
    private static readonly (ActeAction Acte, StatutAction[] De, StatutAction Vers, bool Moderation)[] Regles =
    [
        (ActeAction.Soumettre, [StatutAction.Brouillon, StatutAction.Refusee], StatutAction.AModerer, false),
        (ActeAction.Publier, [StatutAction.AModerer], StatutAction.Publiee, true),
        (ActeAction.Refuser, [StatutAction.AModerer], StatutAction.Refusee, true),
        (ActeAction.Retirer, [StatutAction.Publiee], StatutAction.Retiree, false),
        (ActeAction.Republier, [StatutAction.Retiree], StatutAction.Publiee, false),
    ];

    /// <returns>The status after the act, or null when the act is not allowed from <paramref name="statut"/> for this user.</returns>
    public static StatutAction? Suivant(StatutAction statut, ActeAction acte, bool moderateur) =>
        Regles.Where(r => r.Acte == acte && r.De.Contains(statut) && (moderateur || !r.Moderation)).Select(r => (StatutAction?)r.Vers).FirstOrDefault();

    public static IEnumerable<ActeAction> Possibles(StatutAction statut, bool moderateur) =>
        Regles.Where(r => r.De.Contains(statut) && (moderateur || !r.Moderation)).Select(r => r.Acte);

    public static string Libelle(this StatutAction statut) => statut switch
    {
        StatutAction.Brouillon => "Brouillon",
        StatutAction.AModerer => "En attente de publication",
        StatutAction.Publiee => "Publiée",
        StatutAction.Refusee => "Refusée",
        _ => "Retirée",
    };

    public static string Libelle(this ActeAction acte) => acte switch
    {
        ActeAction.Soumettre => "Demander la publication",
        ActeAction.Publier => "Publier",
        ActeAction.Refuser => "Refuser",
        ActeAction.Retirer => "Retirer du catalogue",
        _ => "Remettre au catalogue",
    };
}
