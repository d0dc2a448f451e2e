using Passerelle.Web.Features.Indicateurs;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Indicateurs;

/// <summary>
/// The EP indicators of one period and scope, as the page shows them and the API returns them (definitions:
/// docs/indicators.md, « Équipes pluridisciplinaires »). Under statistical secrecy a masked figure carries no value.
/// </summary>
public sealed record TableauEp(DateOnly Du, DateOnly Au, int? TerritoireId, string Perimetre, bool SecretStatistique,
    PassagesEp Passages, AvisDecisionsEp AvisDecisions, SanctionsEp Sanctions, RemobilisationsEp Remobilisations, DelaiDecisionEp DelaiDecision,
    RecoursDecisionsEp Recours);

/// <param name="Code">The thématique's nature, stable for API clients (SansContrat, Reorientation…).</param>
public sealed record PassagesThematique(string Code, string Libelle, Mesure Nombre);

public sealed record PassagesEp(Mesure Total, IReadOnlyList<PassagesThematique> ParThematique);

/// <summary>The decisions that followed an opinion of one type: how many, and how many decided what the EP advised.</summary>
public sealed record AvisType(string Code, string Libelle, Mesure Decisions, Mesure Conformes, Mesure Part);

public sealed record AvisDecisionsEp(Mesure Decisions, Mesure Conformes, Mesure Part, IReadOnlyList<AvisType> ParAvis);

/// <param name="Montant">The sum of the amounts written on the decisions, in euros.</param>
public sealed record SanctionType(string Code, string Libelle, Mesure Nombre, Mesure Montant);

public sealed record SanctionsEp(Mesure Total, Mesure Montant, IReadOnlyList<SanctionType> ParType);

public sealed record RemobilisationsEp(Mesure Decisions, Mesure Restituees, Mesure MoisRestitues);

public sealed record DelaiDecisionEp(Mesure Decisions, Mesure MoyenneJours, Mesure MedianeJours);

/// <param name="Renversees">Decisions that an appeal cancelled or amended.</param>
public sealed record RecoursDecisionsEp(Mesure Decisions, Mesure Contestees, Mesure PartContestees, Mesure Renversees, Mesure PartRenversees);
