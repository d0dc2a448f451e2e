using System.Text.Json.Serialization;

namespace Passerelle.Web.Features.Parrainage;

[JsonConverter(typeof(JsonStringEnumConverter<StatutParrainage>))]
public enum StatutParrainage { Propose, EnCours, Termine, Interrompu }

[JsonConverter(typeof(JsonStringEnumConverter<ActeParrainage>))]
public enum ActeParrainage { Accepter, Terminer, Interrompre }

/// <summary>The mentor, or the person's side: their référent or an agent who reaches them.</summary>
public enum ActeurParrainage { Parrain, Accompagnant }

/// <summary>How a pairing ended: what the person went on to, or why it stopped.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<IssueParrainage>))]
public enum IssueParrainage { Emploi, Formation, ProjetConfirme, Abandon, FinSansSuite }

/// <summary>
/// The life of a pairing, written once: proposed → in progress (the mentor accepts) → ended (the person's side closes it
/// with its outcome) or interrupted (either side, from the proposal on, with its reason).
/// </summary>
public static class TransitionsParrainage
{
    private static readonly (ActeParrainage Acte, StatutParrainage[] De, StatutParrainage Vers, ActeurParrainage[] Acteurs)[] Regles =
    [
        (ActeParrainage.Accepter, [StatutParrainage.Propose], StatutParrainage.EnCours, [ActeurParrainage.Parrain]),
        (ActeParrainage.Terminer, [StatutParrainage.EnCours], StatutParrainage.Termine, [ActeurParrainage.Accompagnant]),
        (ActeParrainage.Interrompre, [StatutParrainage.Propose, StatutParrainage.EnCours], StatutParrainage.Interrompu, [ActeurParrainage.Parrain, ActeurParrainage.Accompagnant]),
    ];

    /// <returns>The status after the act, or null when this actor may not do it from <paramref name="statut"/>.</returns>
    public static StatutParrainage? Suivant(StatutParrainage statut, ActeParrainage acte, ActeurParrainage acteur) =>
        Regles.Where(r => r.Acte == acte && r.Acteurs.Contains(acteur) && r.De.Contains(statut)).Select(r => (StatutParrainage?)r.Vers).FirstOrDefault();

    public static IEnumerable<ActeParrainage> Possibles(StatutParrainage statut, ActeurParrainage acteur) =>
        Regles.Where(r => r.Acteurs.Contains(acteur) && r.De.Contains(statut)).Select(r => r.Acte);

    /// <summary>A person has one pairing at a time: proposed or in progress.</summary>
    public static bool Ouvert(this StatutParrainage statut) => statut is StatutParrainage.Propose or StatutParrainage.EnCours;

    public static string Libelle(this StatutParrainage statut) => statut switch
    {
        StatutParrainage.Propose => "Proposé, en attente du parrain",
        StatutParrainage.EnCours => "En cours",
        StatutParrainage.Termine => "Terminé",
        _ => "Interrompu",
    };

    public static string Libelle(this ActeParrainage acte) => acte switch
    {
        ActeParrainage.Accepter => "Accepter le parrainage",
        ActeParrainage.Terminer => "Terminer le parrainage",
        _ => "Interrompre le parrainage",
    };

    public static string Libelle(this IssueParrainage issue) => issue switch
    {
        IssueParrainage.Emploi => "Accès à l'emploi",
        IssueParrainage.Formation => "Entrée en formation",
        IssueParrainage.ProjetConfirme => "Projet professionnel confirmé",
        IssueParrainage.Abandon => "Abandon",
        _ => "Fin sans suite",
    };
}
