using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Passerelle.Web.Platform.Securite;

/// <summary>One scope a key may carry, as the API and the administration page name it.</summary>
public sealed record PorteeApi(string Nom, string Libelle);

/// <summary>
/// The scopes of API keys, one per group of /api/v1 endpoints. An endpoint that names none of them
/// (<see cref="AccepteCle"/> not called) stays reachable with a session cookie only.
/// </summary>
public static class PorteesApi
{
    public const string Imports = "imports";
    public const string DossiersLecture = "dossiers.lecture";
    public const string DossiersEcriture = "dossiers.ecriture";
    public const string IndicateursLecture = "indicateurs.lecture";
    public const string ReferentielsLecture = "referentiels.lecture";
    public const string ParcoursEcriture = "parcours.ecriture";
    public const string ContratsLecture = "contrats.lecture";
    public const string ContratsEcriture = "contrats.ecriture";
    public const string SuiviLecture = "suivi.lecture";
    public const string SuiviEcriture = "suivi.ecriture";
    public const string DocumentsLecture = "documents.lecture";
    public const string DocumentsEcriture = "documents.ecriture";
    public const string SortiesLecture = "sorties.lecture";
    public const string SortiesEcriture = "sorties.ecriture";
    public const string CoordonneesLecture = "coordonnees.lecture";
    public const string CoordonneesEcriture = "coordonnees.ecriture";
    public const string ProgrammesLecture = "programmes.lecture";
    public const string ProgrammesEcriture = "programmes.ecriture";
    public const string OffreLecture = "offre.lecture";
    public const string PrescriptionsLecture = "prescriptions.lecture";
    public const string PrescriptionsEcriture = "prescriptions.ecriture";
    public const string FinancementsLecture = "financements.lecture";
    public const string FinancementsEcriture = "financements.ecriture";
    public const string EpLecture = "ep.lecture";
    public const string EpEcriture = "ep.ecriture";
    public const string EpSanctionsCaf = "ep.sanctions-caf";
    public const string EmployeursLecture = "employeurs.lecture";
    public const string EmployeursEcriture = "employeurs.ecriture";
    public const string ClausesLecture = "clauses.lecture";
    public const string ClausesEcriture = "clauses.ecriture";
    public const string OffresEmploiLecture = "offres-emploi.lecture";
    public const string OffresEmploiEcriture = "offres-emploi.ecriture";
    public const string ParrainageLecture = "parrainage.lecture";
    public const string ParrainageEcriture = "parrainage.ecriture";
    public const string ImmersionsLecture = "immersions.lecture";
    public const string ImmersionsEcriture = "immersions.ecriture";
    public const string IaeLecture = "iae.lecture";
    public const string IaeEcriture = "iae.ecriture";
    public const string ComitesLecture = "comites.lecture";
    public const string ComitesEcriture = "comites.ecriture";
    public const string PilotageLecture = "pilotage.lecture";
    public const string PilotageEcriture = "pilotage.ecriture";

    public static readonly IReadOnlyList<PorteeApi> Toutes =
    [
        new(Imports, "Déposer des flux CAF/MSA et suivre leur import"),
        new(DossiersLecture, "Lire les dossiers RSA et leurs avertissements"),
        new(DossiersEcriture, "Lever des avertissements de flux"),
        new(IndicateursLecture, "Lire les indicateurs d'orientation et de l'offre d'insertion (agrégats)"),
        new(ReferentielsLecture, "Lire les structures, territoires, communes et fiches ROME"),
        new(ParcoursEcriture, "Ouvrir le parcours d'une personne sans droit RSA (jeunes, PLIE…)"),
        new(ContratsLecture, "Lire les contrats (CER, PPAE, contrat d'engagement)"),
        new(ContratsEcriture, "Établir, modifier et décider les contrats"),
        new(SuiviLecture, "Lire le parcours, le journal et l'équipe de suivi des personnes"),
        new(SuiviEcriture, "Écrire au journal, gérer les objectifs, l'équipe de suivi et le consentement au partage"),
        new(DocumentsLecture, "Lister et télécharger les documents des personnes"),
        new(DocumentsEcriture, "Déposer des documents pour les personnes"),
        new(SortiesLecture, "Lire les sorties d'accompagnement et leurs suivis"),
        new(SortiesEcriture, "Enregistrer des sorties d'accompagnement et leurs suivis"),
        new(CoordonneesLecture, "Lire les téléphones, e-mails et accords de contact des personnes"),
        new(CoordonneesEcriture, "Modifier les téléphones, e-mails et accords de contact des personnes"),
        new(ProgrammesLecture, "Lire les programmes (PTI, PDI…), leurs fiches-actions, indicateurs et financements"),
        new(ProgrammesEcriture, "Importer un fichier de programme"),
        new(OffreLecture, "Chercher dans l'offre d'insertion publiée (actions, places, sessions)"),
        new(PrescriptionsLecture, "Lire les prescriptions d'actions et ce que le référent a partagé"),
        new(PrescriptionsEcriture, "Prescrire des actions, y répondre, enregistrer entrées, sorties et suivis"),
        new(FinancementsLecture, "Lire les financements des actions et des programmes (voté, engagé, payé, taux de cofinancement, coûts)"),
        new(FinancementsEcriture, "Ajouter des lignes de financement aux actions"),
        new(EpLecture, "Lire les équipes pluridisciplinaires, leurs séances, les passages et les décisions"),
        new(EpEcriture, "Proposer des personnes en équipe pluridisciplinaire, tenir les séances, enregistrer avis, décisions et recours"),
        new(EpSanctionsCaf, "Télécharger la liste des sanctions à transmettre à la CAF (données nominatives, NIR compris)"),
        new(EmployeursLecture, "Lire les employeurs partenaires, leurs contacts, engagements et échanges"),
        new(EmployeursEcriture, "Enregistrer des employeurs, leurs contacts et les échanges avec eux"),
        new(ClausesLecture, "Lire les marchés à clause sociale, leurs participants, leurs heures et les totaux des clauses"),
        new(ClausesEcriture, "Enregistrer des marchés à clause sociale, y inscrire des participants et saisir leurs heures mensuelles"),
        new(OffresEmploiLecture, "Lire les offres d'emploi et les mises en relation"),
        new(OffresEmploiEcriture, "Enregistrer des offres d'emploi, leur statut et les étapes des mises en relation"),
        new(ParrainageLecture, "Lire les parrainages, ce que le référent a partagé avec le parrain et les rencontres"),
        new(ParrainageEcriture, "Proposer des parrainages, noter les rencontres, les accepter, terminer ou interrompre"),
        new(ImmersionsLecture, "Lire les immersions (PMSMP) des personnes"),
        new(ImmersionsEcriture, "Enregistrer des immersions, leur renouvellement et leur issue"),
        new(IaeLecture, "Lire les parcours IAE des personnes et l'occupation des places des SIAE"),
        new(IaeEcriture, "Enregistrer les embauches en SIAE et les sorties"),
        new(ComitesLecture, "Lire les instances de gouvernance (comités), leurs réunions, présences, comptes rendus, décisions et indicateurs"),
        new(ComitesEcriture, "Enregistrer les instances, leurs membres, les réunions, les présences, les comptes rendus et les décisions"),
        new(PilotageLecture, "Lire le catalogue des indicateurs, leurs valeurs, la couverture et les saisies des indicateurs des programmes, les chiffres et rapports de pilotage du département (évaluation des programmes, enquête DREES OARSA, stratégie pauvreté, besoins et offre par territoire), sans aucune donnée personnelle ; sous secret statistique pour une clé"),
        new(PilotageEcriture, "Saisir les valeurs des indicateurs suivis à la main, écrire les appréciations des fiches-actions"),
    ];

    public static bool Existe(string nom) => Toutes.Any(p => p.Nom == nom);

    public static string Libelle(string nom) => Toutes.FirstOrDefault(p => p.Nom == nom)?.Libelle ?? nom;

    /// <summary>
    /// The endpoint also accepts a département key carrying <paramref name="portee"/>; the session
    /// cookie keeps working with the endpoint's own policy. A key without the scope gets 403.
    /// </summary>
    public static TBuilder AccepteCle<TBuilder>(this TBuilder endpoint, string portee) where TBuilder : IEndpointConventionBuilder
    {
        if (!Existe(portee)) throw new ArgumentOutOfRangeException(nameof(portee), portee, "Portée d'API inconnue.");
        var exigence = new AuthorizationPolicyBuilder(IdentityConstants.ApplicationScheme, SchemasAuthentification.CleApi)
            .AddRequirements(new ExigencePortee(portee))
            .Build();
        return endpoint.WithMetadata(new ExigencePortee(portee)).RequireAuthorization(exigence);
    }
}

/// <summary>The scope an endpoint asks of a key; also read by the OpenAPI document.</summary>
public sealed record ExigencePortee(string Portee) : IAuthorizationRequirement;

/// <summary>
/// Sessions pass (their roles are checked by the endpoint's policy); a key passes only with the
/// scope. A request carrying both a session and a key is refused: one caller, one set of rights.
/// </summary>
internal sealed class ControlePortee : AuthorizationHandler<ExigencePortee>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ExigencePortee requirement)
    {
        var identites = context.User.Identities.Where(i => i.IsAuthenticated).ToList();
        var cles = identites.Where(i => i.AuthenticationType == SchemasAuthentification.CleApi).ToList();
        if (cles.Count == 0 && identites.Count > 0) context.Succeed(requirement);
        else if (cles.Count == 1 && identites.Count == 1 && cles[0].HasClaim(PasserelleClaims.PorteeCle, requirement.Portee))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
