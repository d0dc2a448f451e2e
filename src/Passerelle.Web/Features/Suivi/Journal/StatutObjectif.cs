using System.Text.Json.Serialization;
namespace Passerelle.Web.Features.Suivi.Journal;

[JsonConverter(typeof(JsonStringEnumConverter<StatutObjectif>))]
public enum StatutObjectif
{
    Prevu,
    EnCours,
    EnPause,
    Realise,
    Abandonne,
    Annule,
}

/// <summary>
/// The life of an objective or action, written once for the pages, the API and the demo: planned,
/// started, paused and resumed, then ended as done, abandoned (by the person) or cancelled (no longer
/// relevant). An ended one stays ended: a new attempt is a new objective.
/// </summary>
public static class TransitionsObjectif
{
    private static readonly Dictionary<StatutObjectif, StatutObjectif[]> Permises = new()
    {
        [StatutObjectif.Prevu] = [StatutObjectif.EnCours, StatutObjectif.EnPause, StatutObjectif.Realise, StatutObjectif.Abandonne, StatutObjectif.Annule],
        [StatutObjectif.EnCours] = [StatutObjectif.EnPause, StatutObjectif.Realise, StatutObjectif.Abandonne, StatutObjectif.Annule],
        [StatutObjectif.EnPause] = [StatutObjectif.EnCours, StatutObjectif.Abandonne, StatutObjectif.Annule],
    };

    public static bool EstPermise(StatutObjectif de, StatutObjectif vers) => Permises.TryGetValue(de, out var suivants) && suivants.Contains(vers);

    public static IReadOnlyList<StatutObjectif> Suivants(StatutObjectif de) => Permises.TryGetValue(de, out var suivants) ? suivants : [];

    public static bool EstTermine(this StatutObjectif statut) => !Permises.ContainsKey(statut);

    public static string Libelle(this StatutObjectif statut) => statut switch
    {
        StatutObjectif.Prevu => "Prévu",
        StatutObjectif.EnCours => "En cours",
        StatutObjectif.EnPause => "En pause",
        StatutObjectif.Realise => "Réalisé",
        StatutObjectif.Abandonne => "Abandonné",
        _ => "Annulé",
    };

    public static string Refus(StatutObjectif de, StatutObjectif vers) =>
        $"Un objectif « {de.Libelle()} » ne peut pas passer à « {vers.Libelle()} ».";
}
