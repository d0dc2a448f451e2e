namespace Passerelle.Web.Features.OffresEmploi;

/// <summary>
/// The state machine of a mise en relation, written once for the pages, the API and the demo: proposed, the employer
/// accepts or refuses the candidacy, an interview is set, then the person is hired or not retained.
/// </summary>
public static class TransitionsMiseEnRelation
{
    private static readonly Dictionary<StatutMiseEnRelation, StatutMiseEnRelation[]> Permises = new()
    {
        [StatutMiseEnRelation.Proposee] = [StatutMiseEnRelation.Acceptee, StatutMiseEnRelation.Refusee],
        [StatutMiseEnRelation.Acceptee] = [StatutMiseEnRelation.Entretien],
        [StatutMiseEnRelation.Entretien] = [StatutMiseEnRelation.Embauchee, StatutMiseEnRelation.NonRetenue],
        [StatutMiseEnRelation.Refusee] = [],
        [StatutMiseEnRelation.Embauchee] = [],
        [StatutMiseEnRelation.NonRetenue] = [],
    };

    public static bool EstPermise(StatutMiseEnRelation depuis, StatutMiseEnRelation vers) => Permises[depuis].Contains(vers);

    public static IReadOnlyList<StatutMiseEnRelation> Suivantes(StatutMiseEnRelation depuis) => Permises[depuis];

    public static bool EstTerminee(StatutMiseEnRelation statut) => Permises[statut].Length == 0;

    public static string Refus(StatutMiseEnRelation depuis, StatutMiseEnRelation vers) => EstTerminee(depuis)
        ? $"Cette mise en relation est terminée (« {depuis.Libelle()} ») : elle ne change plus."
        : $"Une mise en relation « {depuis.Libelle()} » ne peut pas passer à « {vers.Libelle()} » : étape suivante possible : {string.Join(" ou ", Permises[depuis].Select(s => $"« {s.Libelle()} »"))}.";
}
