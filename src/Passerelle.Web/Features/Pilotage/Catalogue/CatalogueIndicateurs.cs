using Passerelle.Web.Features.Clauses;
using Passerelle.Web.Features.Comites;
using Passerelle.Web.Features.EquipesPluridisciplinaires;
using Passerelle.Web.Features.Immersions;
using Passerelle.Web.Features.OffresEmploi;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Prescriptions;
using Passerelle.Web.Features.Sorties;
using Passerelle.Web.Platform;
using Unite = Passerelle.Web.Features.Programmes.UniteIndicateur;
using V = Passerelle.Web.Features.Pilotage.Catalogue.Ventilation;

namespace Passerelle.Web.Features.Pilotage.Catalogue;

/// <summary>
/// The catalogue of computed indicators, written once (docs/decisions/0025). Each definition is word for word that of
/// docs/indicators.md, « Catalogue »: numerator, denominator, population, and the date that places an event in a period.
/// </summary>
public static class CatalogueIndicateurs
{
    private static CalculsParcours Parcours(IServiceProvider s) => s.GetRequiredService<CalculsParcours>();
    private static CalculsActions Actions(IServiceProvider s) => s.GetRequiredService<CalculsActions>();
    private static CalculsCapacites Capacites(IServiceProvider s) => s.GetRequiredService<CalculsCapacites>();

    private static readonly Type[] LuesParcours = [typeof(Parcours), typeof(DecisionOrientation)];
    private static readonly Type[] LuesActions = [typeof(Prescription), typeof(Offre.ActionInsertion)];

    public static readonly IReadOnlyList<IndicateurCatalogue> Tous =
    [
        new("ORI-ORIENTES", "Personnes orientées",
            "Nombre de parcours RSA dont la date d'orientation est dans la période (une personne orientée deux fois dans la période, sur deux parcours, compte deux fois).",
            Unite.Nombre, "Orientation", [V.Territoire, V.Structure, V.TypeOrientation], false, true, LuesParcours, (s, r, ct) => Parcours(s).OrientesAsync(r, ct)) { Faits = (s, r) => Parcours(s).Orientes(r) },
        new("ORI-ORIENTATIONS-AUTOMATIQUES", "Orientations automatiques",
            "Nombre de décisions d'orientation d'origine automatique (pré-orientation par critères) proposées dans la période (date de la proposition, heure légale) et validées à ce jour.",
            Unite.Nombre, "Orientation", [V.Territoire, V.Structure, V.TypeOrientation], false, true, LuesParcours, (s, r, ct) => Parcours(s).OrientationsAutomatiquesAsync(r, ct)) { Faits = (s, r) => Parcours(s).OrientationsAutomatiques(r) },
        new("ORI-RECUS-DELAI", "Personnes reçues par leur référent dans le délai prévu",
            "Parmi les parcours RSA orientés dont le premier rendez-vous avec le référent a eu lieu dans la période (date de ce rendez-vous), nombre de ceux où il a eu lieu au plus 2 mois après la date d'orientation. La date de notification de l'orientation n'est pas enregistrée : la date de la décision d'orientation la remplace. Le dénominateur est donné avec la valeur.",
            Unite.Nombre, "Orientation", [V.Territoire, V.Structure, V.TypeOrientation], false, true, LuesParcours, (s, r, ct) => Parcours(s).RecusDansLeDelaiAsync(r, ct)) { Faits = (s, r) => Parcours(s).RecusDansLeDelai(r), LibellePartie = "Reçue dans le délai" },
        new("ORI-REORIENTATIONS", "Réorientations acceptées",
            "Nombre de demandes de réorientation faites dans la période (date de la demande, heure légale) et acceptées à ce jour. Une réorientation acceptée désigne une nouvelle structure et un nouveau référent.",
            Unite.Nombre, "Orientation", [], false, true, LuesParcours, (s, r, ct) => Parcours(s).ReorientationsAsync(r, ct)),
        new("ORI-DELAI-ORIENTATION", "Délai moyen d'orientation",
            "Moyenne, en jours, du délai entre l'entrée (début de l'horloge des droits et devoirs) et l'orientation, sur les parcours RSA dont la date d'orientation est dans la période.",
            Unite.Jours, "Orientation", [], false, true, LuesParcours, (s, r, ct) => Parcours(s).DelaiOrientationAsync(r, ct)),
        new("ORI-ACCOMPAGNES", "Personnes orientées accompagnées, par type d'orientation",
            "Nombre de parcours RSA orientés et ouverts à la fin de la période (ou aujourd'hui si elle n'est pas finie) : orientés ce jour-là ou avant, non clos ou clos après.",
            Unite.Nombre, "Orientation", [V.Territoire, V.Structure, V.TypeOrientation], false, true, LuesParcours, (s, r, ct) => Parcours(s).AccompagnesAsync(r, ct)) { Faits = (s, r) => Parcours(s).Accompagnes(r) },
        new("ORI-SANS-REFERENT", "Bénéficiaires du RSA sans référent",
            "Nombre de personnes soumises aux droits et devoirs dont le parcours est ouvert à la fin de la période (ou aujourd'hui si elle n'est pas finie) et qui n'ont ce jour-là aucune désignation de référent en cours (commencée ce jour-là ou avant, non terminée ou terminée après).",
            Unite.Nombre, "Orientation (mouvements quotidiens)", [], false, true, [.. LuesParcours, typeof(Referents.DesignationReferent)], (s, r, ct) => Parcours(s).SansReferentAsync(r, ct)),
        new("ORI-CONTRACTUALISATION-SOCIAL", "Taux de contractualisation des orientés « social »",
            "Parmi les parcours RSA orientés en orientation sociale dont la date d'orientation est dans la période, part de ceux qui ont à ce jour un contrat en vigueur signé (CER validé) : contractualisés ÷ orientés.",
            Unite.Pourcentage, "Orientation et contrats", [V.Territoire, V.Structure], false, true, LuesParcours, (s, r, ct) => Parcours(s).ContractualisationSocialAsync(r, ct)) { Faits = (s, r) => Parcours(s).ContractualisationSocial(r), LibellePartie = "Contrat signé" },
        new("SOR-RETOUR-APRES-SORTIE-POSITIVE", "Taux de retour dans le dispositif après une sortie positive",
            "Parmi les sorties d'accompagnement enregistrées pour motif emploi ou formation dont la date de sortie est dans la période, part de celles dont le parcours a été rouvert par un retour (date de reprise postérieure à la sortie) : retours ÷ sorties positives.",
            Unite.Pourcentage, "Sorties", [V.Territoire, V.Structure], false, true, [typeof(Sortie), typeof(Parcours)], (s, r, ct) => Parcours(s).RetourApresSortiePositiveAsync(r, ct)) { Faits = (s, r) => Parcours(s).RetourApresSortiePositive(r), LibellePartie = "Revenue dans le dispositif" },
        new("EP-PASSAGES-NON-INSCRIPTION", "Passages en équipe pluridisciplinaire pour non-inscription à France Travail",
            "Nombre de dossiers de thématique « non-inscription à France Travail » examinés (avis rendu) en séance d'équipe pluridisciplinaire tenue dans la période (date de la séance).",
            Unite.Nombre, "Équipes pluridisciplinaires", [V.Territoire], false, true, [typeof(DossierEp), typeof(SeanceEp)],
            (s, r, ct) => Capacites(s).PassagesEpAsync(r, [NatureThematique.NonInscritFranceTravail], ct)) { Faits = (s, r) => Capacites(s).PassagesEp(r, [NatureThematique.NonInscritFranceTravail]) },
        new("EP-PASSAGES-DROITS-DEVOIRS", "Passages en équipe pluridisciplinaire pour non-respect des droits et devoirs",
            "Nombre de dossiers examinés (avis rendu) en séance tenue dans la période (date de la séance) dont la thématique relève de l'article L262-37 : sans contrat, contrat non respecté, non-inscription à France Travail, absences répétées.",
            Unite.Nombre, "Équipes pluridisciplinaires", [V.Territoire], false, true, [typeof(DossierEp), typeof(SeanceEp)],
            (s, r, ct) => Capacites(s).PassagesEpAsync(r, CalculsCapacites.DroitsEtDevoirs, ct)) { Faits = (s, r) => Capacites(s).PassagesEp(r, CalculsCapacites.DroitsEtDevoirs) },
        new("PRE-PERSONNES-ENTREES", "Personnes entrées dans les actions",
            "Nombre de personnes entrées (date d'entrée dans la période) dans une action de l'offre rattachée à la fiche-action (toutes les actions sans fiche) ; une personne entrée deux fois dans la même action compte une fois, entrée dans deux actions une fois dans chacune (deux fois dans le total) ; une entrée antérieure à la période n'empêche pas de compter celle de la période ; ventilée par RSA, une personne entrée au moins une fois dans l'action en bénéficiaire du RSA compte parmi les bénéficiaires.",
            Unite.Nombre, "Prescriptions", [V.Territoire, V.Structure, V.Action, V.FicheAction, V.Rsa], true, true, LuesActions, (s, r, ct) => Actions(s).PersonnesEntreesAsync(r, false, ct)) { Faits = (s, r) => Actions(s).PersonnesEntrees(r, false) },
        new("PRE-PERSONNES-ENTREES-RSA", "Bénéficiaires du RSA entrés dans les actions",
            "Même compte que « Personnes entrées dans les actions », limité aux personnes bénéficiaires du RSA à la date de la prescription.",
            Unite.Nombre, "Prescriptions", [V.Territoire, V.Structure, V.Action, V.FicheAction], true, true, LuesActions, (s, r, ct) => Actions(s).PersonnesEntreesAsync(r, true, ct)) { Faits = (s, r) => Actions(s).PersonnesEntrees(r, true) },
        new("PRE-PRESCRIPTIONS", "Prescriptions vers les actions",
            "Nombre de prescriptions faites dans la période (date de la prescription, heure légale) vers une action rattachée à la fiche-action (toutes les actions sans fiche), quelle qu'en soit la suite ; ventilées par territoire, elles disent l'origine territoriale des prescriptions.",
            Unite.Nombre, "Prescriptions", [V.Territoire, V.Structure, V.Action, V.FicheAction, V.Rsa], true, true, LuesActions,
            (s, r, ct) => Actions(s).PrescriptionsAsync(r, s.GetRequiredService<HeureLegale>().DebutDuJourUtc, ct))
        { Faits = (s, r) => Actions(s).PrescriptionsFaites(r, s.GetRequiredService<HeureLegale>().DebutDuJourUtc) },
        new("PRE-SORTIES-EMPLOI-DURABLE", "Sorties des actions en emploi durable",
            "Nombre de participants sortis d'une action rattachée à la fiche-action (date de sortie dans la période) avec une sortie « emploi durable » (CDI ou contrat de 6 mois ou plus).",
            Unite.Nombre, "Prescriptions", [V.Territoire, V.Structure, V.Action, V.Rsa], true, true, LuesActions, (s, r, ct) => Actions(s).SortiesEmploiAsync(r, ct)) { Faits = (s, r) => Actions(s).SortiesEmploi(r) },
        new("COM-REUNIONS-TENUES", "Réunions des comités tenues",
            "Nombre de réunions tenues (date dans la période et passée) des instances qui suivent la fiche-action (toutes les instances sans fiche).",
            Unite.Nombre, "Comités", [V.Instance], true, false, [typeof(Comite), typeof(MembreComite), typeof(Reunion), typeof(PresenceReunion)], (s, r, ct) => Capacites(s).ReunionsTenuesAsync(r, ct)),
        new("COM-TAUX-PARTICIPATION", "Taux de participation des institutions aux comités",
            "Sur les réunions tenues dans la période des instances qui suivent la fiche-action (toutes sans fiche), présences « présente » ÷ lignes de présence saisies ; par institution, ses présences ÷ les réunions où elle était membre. Une réunion sans présences saisies n'est pas comptée.",
            Unite.Pourcentage, "Comités", [V.Institution], true, false, [typeof(Comite), typeof(MembreComite), typeof(Reunion), typeof(PresenceReunion)], (s, r, ct) => Capacites(s).ParticipationAsync(r, ct)),
        new("CLA-HEURES-REALISEES", "Heures d'insertion réalisées (clauses sociales)",
            "Somme des heures mensuelles saisies sur les marchés à clause sociale rattachés à la fiche-action (tous sans fiche), pour les mois compris dans la période (le mois de la saisie la place).",
            Unite.Heures, "Clauses sociales", [V.Territoire, V.FicheAction], true, true, [typeof(HeuresClause), typeof(MarcheClause)], (s, r, ct) => Capacites(s).HeuresClausesAsync(r, ct)),
        new("CLA-MARCHES", "Marchés à clause sociale en cours",
            "Nombre de marchés à clause sociale rattachés à la fiche-action (tous sans fiche) dont l'exécution (du début à la fin du marché) recouvre la période.",
            Unite.Nombre, "Clauses sociales", [V.Territoire, V.FicheAction], true, true, [typeof(MarcheClause)], (s, r, ct) => Capacites(s).MarchesClausesAsync(r, ct)),
        new("OFF-OFFRES-CAPTEES", "Offres d'emploi captées",
            "Nombre d'offres d'emploi enregistrées dont la date de publication est dans la période.",
            Unite.Nombre, "Offres d'emploi", [V.Territoire], false, true, [typeof(OffreEmploi)], (s, r, ct) => Capacites(s).OffresCapteesAsync(r, ct)),
        new("OFF-MISES-EN-RELATION", "Mises en relation sur les offres",
            "Nombre de mises en relation dont la date de proposition est dans la période, quelle qu'en soit la suite.",
            Unite.Nombre, "Offres d'emploi", [V.Territoire, V.Rsa], false, true, [typeof(MiseEnRelation), typeof(OffreEmploi)], (s, r, ct) => Capacites(s).MisesEnRelationAsync(r, ct)) { Faits = (s, r) => Capacites(s).MisesEnRelation(r) },
        new("PAR-PARRAINS-ACTIFS", "Parrains volontaires actifs",
            "Nombre de parrains actifs aujourd'hui (un stock : la période ne change pas ce nombre).",
            Unite.Nombre, "Parrainage", [], false, false, [typeof(Parrainage.Parrain)], (s, r, ct) => Capacites(s).ParrainsActifsAsync(r, ct)),
        new("PAR-FILLEULS", "Personnes entrées dans un parrainage",
            "Nombre de personnes dont un parrainage a commencé dans la période (date de début effectif).",
            Unite.Nombre, "Parrainage", [], false, false, [typeof(Parrainage.Parrainage)], (s, r, ct) => Capacites(s).FilleulsAsync(r, ct)),
        new("IMM-IMMERSIONS", "Immersions en entreprise commencées",
            "Nombre d'immersions (PMSMP) dont la date de début est dans la période ; un renouvellement ne compte pas une seconde fois.",
            Unite.Nombre, "Immersions", [V.Structure], false, false, [typeof(Immersion)], (s, r, ct) => Capacites(s).ImmersionsAsync(r, ct)),
    ];

    private static readonly Dictionary<string, IndicateurCatalogue> ParCode = Tous.ToDictionary(i => i.Code, StringComparer.Ordinal);

    public static IndicateurCatalogue? Trouver(string? code) => code is not null && ParCode.TryGetValue(code, out var i) ? i : null;
}
