using System.Text.Json.Serialization;

namespace Passerelle.Web.Features.Comites;

[JsonConverter(typeof(JsonStringEnumConverter<StatutDecision>))]
public enum StatutDecision { AFaire, EnCours, Faite, Abandonnee }

/// <summary>The life of a decision, written once: à faire → en cours → faite, or abandonnée from either open status.</summary>
public static class TransitionsDecision
{
    private static readonly (StatutDecision De, StatutDecision Vers)[] Permises =
    [
        (StatutDecision.AFaire, StatutDecision.EnCours),
        (StatutDecision.AFaire, StatutDecision.Faite),
        (StatutDecision.EnCours, StatutDecision.Faite),
        (StatutDecision.AFaire, StatutDecision.Abandonnee),
        (StatutDecision.EnCours, StatutDecision.Abandonnee),
    ];

    public static bool Permise(StatutDecision de, StatutDecision vers) => Permises.Contains((de, vers));

    public static IEnumerable<StatutDecision> Suivants(StatutDecision de) => Permises.Where(p => p.De == de).Select(p => p.Vers);

    public static bool Ouverte(this StatutDecision statut) => statut is StatutDecision.AFaire or StatutDecision.EnCours;

    /// <summary>Open and past its deadline on <paramref name="jour"/>.</summary>
    public static bool EnRetard(StatutDecision statut, DateOnly? echeance, DateOnly jour) => statut.Ouverte() && echeance < jour;

    public static string Libelle(this StatutDecision statut) => statut switch
    {
        StatutDecision.AFaire => "À faire",
        StatutDecision.EnCours => "En cours",
        StatutDecision.Faite => "Faite",
        _ => "Abandonnée",
    };
}
