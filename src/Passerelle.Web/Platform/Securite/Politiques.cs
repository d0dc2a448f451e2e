using Microsoft.AspNetCore.Authorization;

namespace Passerelle.Web.Platform.Securite;

/// <summary>Named policies; pages and endpoints name one of these, never a bare role.</summary>
public static class Politiques
{
    public const string Administration = "administration";
    public const string AdministrationPlateforme = "administration-plateforme";
    public const string AnnuaireStructures = "annuaire-structures";
    public const string Dossiers = "dossiers";

    /// <summary>The work queues (cohortes) and their bulk actions: agents, each within their territoires.</summary>
    public const string Cohortes = "cohortes";

    /// <summary>The diagnostic socio-professionnel: agents, référents and structure heads, each within Dossiers.PerimetreDossiers.</summary>
    public const string Diagnostic = "diagnostic";

    /// <summary>
    /// Imports change dossiers of the whole département, so only an agent whose habilitation covers
    /// the whole département may run them (not one limited to a territoire).
    /// </summary>
    public const string ImportDossiers = "import-dossiers";

    /// <summary>Identity adds this claim when the second factor was checked at sign-in.</summary>
    public const string ClaimMethodeAuthentification = "amr";
    public const string DoubleFacteur = "mfa";

    /// <summary>A référent's own caseload (open designations to them).</summary>
    public const string Portefeuille = "portefeuille";

    /// <summary>A structure head's view of the caseloads of their structure(s).</summary>
    public const string CaseloadsStructure = "caseloads-structure";

    /// <summary>A référent's week of appointments, and a structure head's for the référents of their structures.</summary>
    public const string MesRendezVous = "mes-rendez-vous";

    /// <summary>Indicators: agents within their scope; pilots and readers as aggregates with small-cell suppression.</summary>
    public const string Indicateurs = "indicateurs";

    /// <summary>
    /// The offer's indicators (occupancy, exits): agents within their territoires, pilots and readers the whole département,
    /// operators their structures' actions (Features/Prescriptions/Indicateurs/PorteeIndicateursOffre).
    /// </summary>
    public const string IndicateursOffre = "indicateurs-offre";

    /// <summary>The département's programmes (PTI, PDI…) and their fiches-actions: read by everyone who works on insertion.</summary>
    public const string Programmes = "programmes";

    /// <summary>Editing a fiche-action: the département's programme pilots.</summary>
    public const string PilotageProgrammes = "pilotage-programmes";

    /// <summary>
    /// Importing a programme file: administrators signed in with their second factor, or a département key carrying
    /// the programmes.ecriture scope (keys act as a département agent, who has no administration page).
    /// </summary>
    public const string ImportProgrammes = "import-programmes";

    /// <summary>The published offer of actions: searched by the same roles as the programmes.</summary>
    public const string Offre = "offre";

    /// <summary>Maintaining actions: operators (their structures'), agents départementaux (all, and moderation: AccesOffre).</summary>
    public const string GestionOffre = "gestion-offre";

    /// <summary>
    /// Prescriptions: référents (and structure heads, agents) for the persons of their scope, operators for those sent
    /// to their structures (Features/Prescriptions/AccesPrescriptions).
    /// </summary>
    public const string Prescriptions = "prescriptions";

    /// <summary>The funding of programmes and fiches against their actions' execution: agents, pilots and readers (Features/Financements).</summary>
    public const string Financements = "financements";

    /// <summary>The funding lines of one action: the same, and the operators of the action's structure (Features/Financements/AccesFinancements).</summary>
    public const string FinancementsActions = "financements-actions";

    /// <summary>Funding decisions and the FSE+ operation export are the département's: agents of the whole département and programme pilots.</summary>
    public const string GestionFinancements = "gestion-financements";

    /// <summary>
    /// Équipes pluridisciplinaires: agents run the queues, sessions and dossiers of their scope; EP members read their own
    /// sessions (Features/EquipesPluridisciplinaires/PerimetreEp); decisions also need a delegation, checked by the service.
    /// </summary>
    public const string EquipesPluridisciplinaires = "equipes-pluridisciplinaires";

    /// <summary>Running EPs (queues, sessions, opinions, decisions, appeals, CAF export): agents départementaux.</summary>
    public const string GestionEquipesPluridisciplinaires = "gestion-equipes-pluridisciplinaires";

    /// <summary>The employers of the way to work (Features/Employeurs): chargés de relation entreprise and agents, each within their territoires.</summary>
    public const string Employeurs = "employeurs";

    /// <summary>
    /// Contracts with a social clause, their participants and monthly hours (Features/Clauses): facilitators, agents and chargés de
    /// relation entreprise, each within their territoires (AccesClauses).
    /// </summary>
    public const string Clauses = "clauses";

    /// <summary>The clause hours dashboard: the same, and pilots and readers for the département's totals.</summary>
    public const string TableauClauses = "tableau-clauses";

    /// <summary>Job offers and mises en relation (Features/OffresEmploi): référents read theirs, chargés and agents manage them (AccesOffresEmploi).</summary>
    public const string OffresEmploi = "offres-emploi";

    /// <summary>The counts of job offers, mises en relation and hires: chargés and agents within their employers, pilots and readers the département.</summary>
    public const string IndicateursOffresEmploi = "indicateurs-offres-emploi";

    /// <summary>Pairings (Features/Parrainage/AccesParrainages): mentors their own, référents, structure heads and agents those of the persons of their scope.</summary>
    public const string Parrainages = "parrainages";

    /// <summary>A mentor's own mentees (« Mes filleuls »).</summary>
    public const string MesFilleuls = "mes-filleuls";

    /// <summary>The mentors' profiles: chargés de relation entreprise and agents.</summary>
    public const string GestionParrains = "gestion-parrains";

    /// <summary>The way-to-work figures (parrainage, immersions, SIAE places): agents, chargés de relation entreprise, pilots and readers.</summary>
    public const string IndicateursCheminEmploi = "indicateurs-chemin-emploi";

    /// <summary>
    /// Governance instances (Features/Comites): their meetings, attendance, minutes, decisions and indicators, read by pilots,
    /// agents and readers (institutions, no person).
    /// </summary>
    public const string Comites = "comites";

    /// <summary>Keeping instances up to date: pilots and agents, a territorial agent only their territoires' comités locaux (AccesComites).</summary>
    public const string GestionComites = "gestion-comites";

    /// <summary>The département's steering (Features/Pilotage): the catalogue's indicators, coverage, manual entries, figures and reports without any person, read by pilots, agents and readers (AccesPilotage refuses agents of territoires where a figure is département-wide only).</summary>
    public const string Pilotage = "pilotage";

    /// <summary>Writing manual entries, mapping and targets of fiches' indicators, appraisals: pilots and agents (ServiceAppreciations refuses an agent limited to territoires).</summary>
    public const string GestionPilotage = "gestion-pilotage";

    public static readonly Role[] RolesPrescriptions = [Role.AgentDepartemental, Role.Referent, Role.ResponsableStructure, Role.Operateur];

    public static readonly Role[] RolesProgrammes =
        [Role.Administrateur, Role.AgentDepartemental, Role.Referent, Role.ResponsableStructure, Role.Operateur, Role.PiloteProgramme, Role.Lecteur];

    public static readonly Role[] RolesIndicateurs = [Role.AgentDepartemental, Role.PiloteProgramme, Role.Lecteur];

    public static readonly Role[] RolesIndicateursOffre = [Role.AgentDepartemental, Role.PiloteProgramme, Role.Lecteur, Role.Operateur];

    public static string PourRole(Role role) => $"role:{role}";

    /// <summary>Roles that may open the directory of structures (everyone who works with cases).</summary>
    public static readonly Role[] RolesAnnuaire =
        [Role.Administrateur, Role.AgentDepartemental, Role.Referent, Role.ResponsableStructure, Role.Operateur, Role.PiloteProgramme];

    /// <summary>
    /// Roles that search and open dossiers RSA, each within Dossiers.PerimetreDossiers: agents their
    /// département or territoires, référents and structure heads their caseload. Operators and EP
    /// members will reach theirs through prescriptions and session agendas.
    /// </summary>
    public static readonly Role[] RolesDossiers = [Role.AgentDepartemental, Role.Referent, Role.ResponsableStructure];

    private static bool EstAgentDuDepartement(AuthorizationHandlerContext c) =>
        CurrentUser.LireHabilitations(c.User).Any(h => h.Role == Role.AgentDepartemental && h.TerritoireId is null);

    public static void Configurer(AuthorizationOptions options)
    {
        // Fail closed: a page or endpoint without an explicit rule still needs a signed-in user.
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.AddPolicy(Administration, p => p
            .RequireRole(nameof(Role.Administrateur))
            .RequireClaim(ClaimMethodeAuthentification, DoubleFacteur));
        options.AddPolicy(AdministrationPlateforme, p => p
            .RequireRole(nameof(Role.Administrateur))
            .RequireClaim(ClaimMethodeAuthentification, DoubleFacteur)
            .RequireClaim(PasserelleClaims.Plateforme, "1"));
        options.AddPolicy(AnnuaireStructures, p => p.RequireRole(RolesAnnuaire.Select(r => r.ToString())));
        options.AddPolicy(ImportDossiers, p => p.RequireAssertion(EstAgentDuDepartement));
        options.AddPolicy(Dossiers, p => p.RequireRole(RolesDossiers.Select(r => r.ToString())));
        options.AddPolicy(Cohortes, p => p.RequireRole(nameof(Role.AgentDepartemental)));
        options.AddPolicy(Diagnostic, p => p.RequireRole(nameof(Role.AgentDepartemental), nameof(Role.Referent), nameof(Role.ResponsableStructure)));
        options.AddPolicy(Portefeuille, p => p.RequireRole(nameof(Role.Referent)));
        options.AddPolicy(CaseloadsStructure, p => p.RequireRole(nameof(Role.ResponsableStructure)));
        options.AddPolicy(MesRendezVous, p => p.RequireRole(nameof(Role.Referent), nameof(Role.ResponsableStructure)));
        options.AddPolicy(Indicateurs, p => p.RequireRole(RolesIndicateurs.Select(r => r.ToString())));
        options.AddPolicy(IndicateursOffre, p => p.RequireRole(RolesIndicateursOffre.Select(r => r.ToString())));
        options.AddPolicy(Programmes, p => p.RequireRole(RolesProgrammes.Select(r => r.ToString())));
        options.AddPolicy(Offre, p => p.RequireRole(RolesProgrammes.Select(r => r.ToString())));
        options.AddPolicy(GestionOffre, p => p.RequireRole(nameof(Role.Operateur), nameof(Role.AgentDepartemental)));
        options.AddPolicy(Prescriptions, p => p.RequireRole(RolesPrescriptions.Select(r => r.ToString())));
        options.AddPolicy(Financements, p => p.RequireRole(RolesIndicateurs.Select(r => r.ToString())));
        options.AddPolicy(FinancementsActions, p => p.RequireRole([.. RolesIndicateurs.Select(r => r.ToString()), nameof(Role.Operateur)]));
        options.AddPolicy(GestionFinancements, p => p.RequireAssertion(c => EstAgentDuDepartement(c) || c.User.IsInRole(nameof(Role.PiloteProgramme))));
        options.AddPolicy(EquipesPluridisciplinaires, p => p.RequireRole(nameof(Role.AgentDepartemental), nameof(Role.MembreEquipePluridisciplinaire)));
        options.AddPolicy(GestionEquipesPluridisciplinaires, p => p.RequireRole(nameof(Role.AgentDepartemental)));
        options.AddPolicy(Employeurs, p => p.RequireRole(nameof(Role.ChargeRelationEntreprise), nameof(Role.AgentDepartemental)));
        options.AddPolicy(Clauses, p => p.RequireRole(nameof(Role.FacilitateurClauses), nameof(Role.AgentDepartemental), nameof(Role.ChargeRelationEntreprise)));
        options.AddPolicy(TableauClauses, p => p.RequireRole(nameof(Role.FacilitateurClauses), nameof(Role.AgentDepartemental), nameof(Role.ChargeRelationEntreprise),
            nameof(Role.PiloteProgramme), nameof(Role.Lecteur)));
        options.AddPolicy(OffresEmploi, p => p.RequireRole(nameof(Role.ChargeRelationEntreprise), nameof(Role.AgentDepartemental), nameof(Role.Referent)));
        options.AddPolicy(IndicateursOffresEmploi, p => p.RequireRole(nameof(Role.ChargeRelationEntreprise), nameof(Role.AgentDepartemental),
            nameof(Role.PiloteProgramme), nameof(Role.Lecteur)));
        options.AddPolicy(Parrainages, p => p.RequireRole(nameof(Role.Parrain), nameof(Role.Referent), nameof(Role.ResponsableStructure), nameof(Role.AgentDepartemental)));
        options.AddPolicy(MesFilleuls, p => p.RequireRole(nameof(Role.Parrain)));
        options.AddPolicy(GestionParrains, p => p.RequireRole(nameof(Role.ChargeRelationEntreprise), nameof(Role.AgentDepartemental)));
        options.AddPolicy(IndicateursCheminEmploi, p => p.RequireRole(nameof(Role.AgentDepartemental), nameof(Role.ChargeRelationEntreprise), nameof(Role.PiloteProgramme), nameof(Role.Lecteur)));
        options.AddPolicy(Comites, p => p.RequireRole(nameof(Role.PiloteProgramme), nameof(Role.AgentDepartemental), nameof(Role.Lecteur)));
        options.AddPolicy(GestionComites, p => p.RequireRole(nameof(Role.PiloteProgramme), nameof(Role.AgentDepartemental)));
        options.AddPolicy(PilotageProgrammes, p => p.RequireRole(nameof(Role.PiloteProgramme)));
        options.AddPolicy(Pilotage, p => p.RequireRole(nameof(Role.PiloteProgramme), nameof(Role.AgentDepartemental), nameof(Role.Lecteur)));
        options.AddPolicy(GestionPilotage, p => p.RequireRole(nameof(Role.PiloteProgramme), nameof(Role.AgentDepartemental)));
        options.AddPolicy(ImportProgrammes, p => p.RequireAssertion(c =>
            c.User.Identities.Any(i => i.IsAuthenticated && i.AuthenticationType == SchemasAuthentification.CleApi)
            || (c.User.IsInRole(nameof(Role.Administrateur)) && c.User.HasClaim(ClaimMethodeAuthentification, DoubleFacteur))));
        foreach (var role in Enum.GetValues<Role>())
            options.AddPolicy(PourRole(role), p => p.RequireRole(role.ToString()));
    }
}
