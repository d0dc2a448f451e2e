namespace Passerelle.Web.Features.Prescriptions.Indicateurs;

/// <summary>The offer's indicators of one period and scope, one row per group of the breakdown, as the page shows them and the API returns them.</summary>
public sealed record TableauOffre(DateOnly Du, DateOnly Au, string Par, string Perimetre, IReadOnlyList<LigneOffre> Lignes);

/// <param name="Id">The action, fiche-action, structure or territoire of the row; null for the whole scope and for prescriptions without territoire.</param>
/// <param name="Occupation">Null when the participants are counted by territoire of origin: the places are not shared out by territoire.</param>
public sealed record LigneOffre(int? Id, string Libelle, PersonnesOffre Personnes, OccupationOffre? Occupation, SortiesOffre Sorties,
    DelaiOffre DelaiEntree, int PrescriptionsEnvoyees, SuiviOffre Situation3Mois, SuiviOffre Situation6Mois);

public sealed record PersonnesOffre(int Accompagnees, int BeneficiairesRsa, int NonBeneficiairesRsa, double? PartRsa);

/// <param name="JoursPresence">Days of presence of the participants of the actions that have funded places in the period.</param>
public sealed record OccupationOffre(long JoursPresence, long JoursPlaces, double? Taux);

public sealed record SortiesOffre(int Total, int Dynamiques, double? TauxDynamique, int EmploiDurable, double? TauxEmploiDurable, int Abandons, double? TauxAbandon);

public sealed record DelaiOffre(int Entrees, double? MoyenneJours, double? MedianeJours);

/// <summary>The situation recorded some months after the exits of the period: recorded, of which in employment.</summary>
public sealed record SuiviOffre(int Renseignees, int EnEmploi, double? Taux);
