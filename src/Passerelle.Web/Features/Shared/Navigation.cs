using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Shared;

public sealed record EntreeNavigation(string Libelle, string Url, string? Politique, IReadOnlyList<EntreeNavigation>? SousMenu = null);

/// <summary>The main menu; each entry shows only to users its policy admits.</summary>
public sealed class Navigation(IAuthorizationService authorization)
{
    private static readonly EntreeNavigation[] Menu =
    [
        new("Accueil", "/", null),
        new("Dossiers", "/dossiers", Politiques.Dossiers),
        new("Anomalies des flux", "/dossiers/avertissements", Politiques.Dossiers),
        new("Files de travail", "/cohortes", Politiques.Cohortes),
        new("Mon portefeuille", "/portefeuille", Politiques.Portefeuille),
        new("Agenda", "/agenda", Politiques.Dossiers),
        new("Mes rendez-vous", "/agenda/mes-rendez-vous", Politiques.MesRendezVous),
        new("Ma structure", "/structure", Politiques.CaseloadsStructure),
        new("Pilotage", "/pilotage/tableau-de-bord", null,
        [
            new("Tableau de bord", "/pilotage/tableau-de-bord", Politiques.Pilotage),
            new("Couverture des indicateurs", "/pilotage/couverture", Politiques.Pilotage),
            new("Catalogue des indicateurs", "/pilotage/indicateurs", Politiques.Pilotage),
            new("Indicateurs d'orientation", "/indicateurs/orientation", Politiques.Indicateurs),
            new("Évaluation des programmes", "/pilotage/evaluation", Politiques.Pilotage),
            new("Enquête DREES OARSA", "/pilotage/drees", Politiques.Pilotage),
            new("Stratégie pauvreté", "/pilotage/strategie-pauvrete", Politiques.Pilotage),
            new("Besoins et offre par territoire", "/pilotage/maillage", Politiques.Pilotage),
        ]),
        new("Programmes", "/programmes", Politiques.Programmes),
        new("Financements", "/financements", Politiques.Financements),
        new("Comités", "/comites", Politiques.Comites,
        [
            new("Instances et réunions", "/comites", Politiques.Comites),
            new("Indicateurs des comités", "/comites/indicateurs", Politiques.Comites),
        ]),
        new("Offre d'insertion", "/offre", Politiques.Offre,
        [
            new("Chercher une action", "/offre", Politiques.Offre),
            new("Prescriptions", "/prescriptions", Politiques.Prescriptions),
            new("Actions à gérer", "/offre/gestion", Politiques.GestionOffre),
            new("Indicateurs de l'offre", "/offre/indicateurs", Politiques.IndicateursOffre),
        ]),
        new("Équipes pluridisciplinaires", "/ep/detection", Politiques.EquipesPluridisciplinaires,
        [
            new("Détection", "/ep/detection", Politiques.GestionEquipesPluridisciplinaires),
            new("Séances", "/ep/seances", Politiques.EquipesPluridisciplinaires),
            new("Indicateurs", "/ep/indicateurs", Politiques.GestionEquipesPluridisciplinaires),
            new("Sanctions à transmettre à la CAF", "/ep/sanctions-caf", Passerelle.Web.Features.EquipesPluridisciplinaires.Decisions.ExportSanctionsCaf.Politique),
        ]),
        new("Mes filleuls", "/parrainage/mes-filleuls", Politiques.MesFilleuls),
        // The way to work is one menu: each of its tools opens to its own roles, and the menu shows to whoever has one.
        new("Emploi", "/employeurs", null,
        [
            new("Employeurs", "/employeurs", Politiques.Employeurs),
            new("Offres d'emploi", "/offres-emploi", Politiques.OffresEmploi),
            new("Indicateurs des offres", "/offres-emploi/indicateurs", Politiques.IndicateursOffresEmploi),
            new("Clauses sociales", "/clauses", Politiques.TableauClauses),
            new("Marchés à clauses", "/clauses/marches", Politiques.Clauses),
            new("Importer des heures de clauses", "/clauses/import", Politiques.Clauses),
            new("Parrains", "/parrainage/parrains", Politiques.GestionParrains),
            new("Indicateurs du parrainage", "/parrainage/indicateurs", Politiques.IndicateursCheminEmploi),
            new("Indicateurs des immersions", "/immersions/indicateurs", Politiques.IndicateursCheminEmploi),
            new("Places des SIAE", "/iae/places", Politiques.IndicateursCheminEmploi),
        ]),
        new("Annuaire des structures", "/structures", Politiques.AnnuaireStructures),
        new("Imports CAF/MSA", "/imports", Politiques.ImportDossiers,
        [
            new("Imports", "/imports", Politiques.ImportDossiers),
            new("Importer un fichier", "/imports/nouveau", Politiques.ImportDossiers),
            new("Configurations de tableur", "/imports/configurations", Politiques.ImportDossiers),
            new("Doublons probables", "/dossiers/doublons", Politiques.ImportDossiers),
        ]),
        new("Administration", "/administration", Politiques.Administration,
        [
            new("Vue d'ensemble", "/administration", Politiques.Administration),
            new("Départements", "/administration/departements", Politiques.AdministrationPlateforme),
            new("Territoires", "/administration/territoires", Politiques.Administration),
            new("Structures", "/administration/structures", Politiques.Administration),
            new("Règles d'orientation", "/administration/orientation", Politiques.Administration),
            new("Modèles de courrier", "/administration/modeles", Politiques.Administration),
            new("Programmes", "/administration/programmes", Politiques.Administration),
            new("Équipes pluridisciplinaires", "/administration/equipes-pluridisciplinaires", Politiques.Administration),
            new("Utilisateurs", "/administration/utilisateurs", Politiques.Administration),
            new("Journal d'audit", "/administration/journal", Politiques.Administration),
            new("Clés d'API", "/administration/cles-api", Politiques.Administration),
        ]),
        // Only those who manage the keys read the API reference from the menu; the footer keeps it for everyone.
        new("API", "/api-reference", Politiques.Administration),
    ];

    public async Task<IReadOnlyList<EntreeNavigation>> PourAsync(ClaimsPrincipal user)
    {
        var visibles = new List<EntreeNavigation>();
        foreach (var entree in Menu)
        {
            if (!await AdmisAsync(user, entree.Politique)) continue;
            if (entree.SousMenu is null) { visibles.Add(entree); continue; }
            var sous = new List<EntreeNavigation>();
            foreach (var s in entree.SousMenu)
                if (await AdmisAsync(user, s.Politique)) sous.Add(s);
            if (sous.Count > 0) visibles.Add(entree with { SousMenu = sous });
        }
        return visibles;
    }

    private async Task<bool> AdmisAsync(ClaimsPrincipal user, string? politique) =>
        politique is null || (await authorization.AuthorizeAsync(user, politique)).Succeeded;
}
