using Passerelle.Web.Data;
using Passerelle.Web.Features.Agenda;
using Passerelle.Web.Features.Contrats;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Referents;
using Passerelle.Web.Platform;
using static Passerelle.Web.Features.Demo.CalendrierDemo;

namespace Passerelle.Web.Features.Demo;

/// <summary>
/// Writes the history that brings one demo parcours to a given step, in the order the services
/// would have written it: invitation, orientation interview (some missed first), proposal,
/// validation, référent designation, first appointment, contract, follow-up. Every step change
/// goes through <see cref="Parcours.Appliquer"/>; the caller computes the deadlines afterwards.
/// </summary>
internal sealed class HistoriqueParcoursDemo(AppDbContext db, Random hasard, EquipesDemo equipes, HeureLegale heure)
{
    private readonly CalendrierDemo calendrier = new(hasard, heure);
    private readonly DateOnly aujourdhui = heure.Aujourdhui;

    private static readonly string[] MotifsDiagnostic =
        ["Entretien d'orientation : projet professionnel à construire", "Entretien d'orientation : freins de logement et de mobilité à lever d'abord",
         "Entretien d'orientation : recherche d'emploi active, expérience récente", "Entretien d'orientation : santé et garde d'enfants à stabiliser"];

    private static readonly string[] MotifsReorientation =
        ["Freins levés, la personne est prête à rechercher un emploi", "Problèmes de santé apparus : un accompagnement social est nécessaire",
         "Formation qualifiante terminée, projet professionnel validé"];

    private string Agent => equipes.Agent;

    public void Invite(Parcours p, JeuRegles jeu)
    {
        var invitation = Borne(aujourdhui.AddDays(-hasard.Next(0, 21)), p.DateEntree);
        if (hasard.NextDouble() < 0.25 && invitation > p.DateEntree.AddDays(1))
        {
            // A first convocation missed, invited again since: no-shows feed the indicators.
            var dates = AvantLe(p, invitation.AddDays(-1), calendrier.Ecart(5, 15));
            Repondre(Inviter(p, dates[0], jeu), Convoquer(p, dates[0], dates[1], StatutRendezVous.Absent), dates[0]);
        }
        Inviter(p, invitation, jeu);
    }

    public void Convoque(Parcours p, JeuRegles jeu)
    {
        var jourInvitation = Borne(aujourdhui.AddDays(-hasard.Next(2, 21)), p.DateEntree);
        var invitation = Inviter(p, jourInvitation, jeu);
        if (hasard.NextDouble() < 0.2 && jourInvitation < aujourdhui.AddDays(-1))
        {
            var excuse = Convoquer(p, jourInvitation, calendrier.Entre(jourInvitation, aujourdhui.AddDays(-1)), StatutRendezVous.Excuse);
            Repondre(invitation, excuse, jourInvitation);
        }
        // A third of them come within the reminder delay, so the J-2 reminders have something to send.
        var jour = aujourdhui.AddDays(hasard.NextDouble() < 0.3 ? hasard.Next(1, jeu.RappelAvantRdvJours + 1) : hasard.Next(3, 22));
        var creation = calendrier.Entre(jourInvitation, aujourdhui);
        var rdv = Convoquer(p, creation, jour, StatutRendezVous.Planifie);
        rdv.Convocation = hasard.NextDouble() < 0.5;
        if (invitation.RendezVous is null) Repondre(invitation, rdv, creation);
    }

    public void AOrienter(Parcours p, JeuRegles jeu)
    {
        var dates = AvantLe(p, aujourdhui.AddDays(-hasard.Next(1, 31)), calendrier.Ecart(5, 15));
        Recevoir(p, jeu, dates[0], dates[1]);
    }

    public void OrientationProposee(Parcours p, JeuRegles jeu, TypeOrientation type, int? structureId)
    {
        var dates = AvantLe(p, aujourdhui.AddDays(-hasard.Next(0, 15)), calendrier.Ecart(5, 15), calendrier.Ecart(0, 7));
        Recevoir(p, jeu, dates[0], dates[1]);
        Proposer(p, type, structureId, dates[2]);
    }

    public void SansReferent(Parcours p, JeuRegles jeu, TypeOrientation type, int? structureId)
    {
        var dates = AvantLe(p, aujourdhui.AddDays(-hasard.Next(1, 76)), calendrier.Ecart(5, 15), calendrier.Ecart(0, 7), calendrier.Ecart(2, 12));
        Orienter(p, jeu, type, structureId, dates);
    }

    /// <summary>Oriented and followed; a quarter of the files took their time (late orientation in the history).</summary>
    /// <remarks>When no structure accompanies this type, the person stays oriented without référent.</remarks>
    public void Accompagne(Parcours p, JeuRegles jeu, TypeOrientation type, bool reorientation)
    {
        var lent = hasard.NextDouble() < 0.25 ? 3 : 1;
        var fin = aujourdhui.AddDays(reorientation ? -25 : -3);
        var debut = Borne(p.DateEntree.AddDays(hasard.Next(3, 21) * lent), p.DateEntree);
        var dates = Etaler(debut > fin ? fin : debut, fin, calendrier.Ecart(5, 15), calendrier.Ecart(0, 5), calendrier.Ecart(2, 12) * lent, calendrier.Ecart(1, 10));
        var referent = equipes.Referent(hasard, type, p.TerritoireId);
        Orienter(p, jeu, type, referent?.StructureId, dates[..4]);
        if (referent is null) return;
        var designation = Designer(p, type, referent, dates[4]);
        Suivre(p, jeu, referent, dates[4]);
        if (dates[4] < aujourdhui.AddYears(-3) && hasard.NextDouble() < 0.5) Relayer(p, type, designation, calendrier.Entre(dates[4].AddYears(2), aujourdhui.AddDays(-30)));
        if (reorientation) DemanderReorientation(p, type, referent, Borne(aujourdhui.AddDays(-hasard.Next(1, 21)), dates[4]));
    }

    private void Orienter(Parcours p, JeuRegles jeu, TypeOrientation type, int? structureId, DateOnly[] dates)
    {
        Recevoir(p, jeu, dates[0], dates[1]);
        if (hasard.NextDouble() < 0.1)
        {
            // A first proposal refused by the département, then the right one.
            var refusee = Proposer(p, type == TypeOrientation.Professionnelle ? TypeOrientation.Sociale : TypeOrientation.Professionnelle, null, dates[2]);
            Decider(refusee, StatutDecision.Refusee, dates[2], "Proposition non adaptée à la situation décrite au diagnostic");
            p.Appliquer(ActionParcours.RefuserOrientation);
        }
        var decision = Proposer(p, type, structureId, dates[2]);
        Decider(decision, StatutDecision.Validee, dates[3], null);
        p.Appliquer(ActionParcours.ValiderOrientation);
        p.DateOrientation = dates[3];
    }

    private void Recevoir(Parcours p, JeuRegles jeu, DateOnly jourInvitation, DateOnly entretien)
    {
        var invitation = Inviter(p, jourInvitation, jeu);
        if (hasard.NextDouble() < 0.15 && entretien > jourInvitation.AddDays(2))
        {
            // Missed a first interview and was convened again (the state machine goes back to "invité").
            var manque = Convoquer(p, jourInvitation, calendrier.Entre(jourInvitation.AddDays(1), entretien.AddDays(-1)), StatutRendezVous.Absent);
            Repondre(invitation, manque, jourInvitation);
        }
        var rdv = Convoquer(p, jourInvitation, entretien, StatutRendezVous.Honore);
        if (invitation.RendezVous is null) Repondre(invitation, rdv, jourInvitation);
    }

    private DecisionOrientation Proposer(Parcours p, TypeOrientation type, int? structureId, DateOnly jour)
    {
        var origine = hasard.NextDouble() switch { < 0.6 => OrigineOrientation.Diagnostic, < 0.85 => OrigineOrientation.Automatique, _ => OrigineOrientation.Cohorte };
        var decision = Decision(p, type, origine, structureId, jour, Agent,
            origine == OrigineOrientation.Automatique ? "Critère de pré-orientation sur les données CAF" : MotifsDiagnostic[hasard.Next(MotifsDiagnostic.Length)]);
        (p.TypeOrientation, p.StructureId) = (type, structureId);
        p.Appliquer(ActionParcours.ProposerOrientation);
        return decision;
    }

    private void DemanderReorientation(Parcours p, TypeOrientation type, ReferentChoisi referent, DateOnly jour)
    {
        var vers = type == TypeOrientation.Professionnelle ? TypeOrientation.Sociale : TypeOrientation.Professionnelle;
        Decision(p, vers, OrigineOrientation.Reorientation, null, jour, equipes.NomDe(referent.ReferentId), MotifsReorientation[hasard.Next(MotifsReorientation.Length)]);
        p.Appliquer(ActionParcours.DemanderReorientation);
    }

    private DecisionOrientation Decision(Parcours p, TypeOrientation type, OrigineOrientation origine, int? structureId, DateOnly jour, string auteur, string motif)
    {
        var decision = new DecisionOrientation
        {
            ParcoursId = p.Id,
            PersonneId = p.PersonneId,
            Type = type,
            Origine = origine,
            StructureId = structureId,
            Statut = StatutDecision.Proposee,
            Motif = motif,
            ProposeeLe = calendrier.Heure(jour),
            ProposeePar = auteur,
        };
        db.Add(decision);
        return decision;
    }

    private void Decider(DecisionOrientation decision, StatutDecision statut, DateOnly jour, string? motif) =>
        (decision.Statut, decision.DecideeLe, decision.DecideePar, decision.MotifDecision) = (statut, calendrier.Heure(jour), Agent, motif);

    private DesignationReferent Designer(Parcours p, TypeOrientation type, ReferentChoisi referent, DateOnly jour)
    {
        var designation = new DesignationReferent
        {
            PersonneId = p.PersonneId,
            ParcoursId = p.Id,
            StructureId = referent.StructureId,
            ReferentId = referent.ReferentId,
            TypeOrientation = type,
            DateDebut = jour,
            DesignePar = Agent,
        };
        db.Add(designation);
        (p.StructureId, p.ReferentId) = (referent.StructureId, referent.ReferentId);
        p.Appliquer(ActionParcours.DesignerReferent);
        return designation;
    }

    /// <summary>A long accompaniment changes hands once (the référent left): the appointments after the change are the successor's.</summary>
    private void Relayer(Parcours p, TypeOrientation type, DesignationReferent precedente, DateOnly jour)
    {
        if (equipes.Referent(hasard, type, p.TerritoireId) is not { } suivant || suivant.ReferentId == precedente.ReferentId) return;
        (precedente.DateFin, precedente.MotifFin) = (jour, "Départ du référent de la structure");
        Designer(p, type, suivant, jour);
        foreach (var rdv in db.ChangeTracker.Entries<RendezVous>().Select(e => e.Entity)
                     .Where(r => r.PersonneId == p.PersonneId && r.ReferentId == precedente.ReferentId && heure.Jour(r.Debut) >= jour))
            (rdv.ReferentId, rdv.StructureId) = (suivant.ReferentId, suivant.StructureId);
    }

    /// <summary>
    /// After the designation: the first appointment (most seen, some missed first, some still to come),
    /// the contract for about two thirds of those seen, follow-up appointments and a few planned ones.
    /// </summary>
    private void Suivre(Parcours p, JeuRegles jeu, ReferentChoisi referent, DateOnly designation)
    {
        var premier = designation.AddDays(hasard.Next(5, 26));
        // Someone accompanied for more than a year has met their référent and signed contracts since:
        // a 12-year-old missed deadline is not what a real stock looks like.
        var ancien = designation < aujourdhui.AddYears(-1);
        if (!ancien && hasard.NextDouble() >= 0.85) return;
        if (premier >= aujourdhui)
        {
            RendezVousReferent(p, referent, TypeRendezVous.PremierRdvReferent, designation, aujourdhui.AddDays(hasard.Next(1, 15)), StatutRendezVous.Planifie);
            return;
        }
        if (hasard.NextDouble() < 0.1 && premier > designation.AddDays(2))
            RendezVousReferent(p, referent, TypeRendezVous.PremierRdvReferent, designation, calendrier.Entre(designation.AddDays(1), premier.AddDays(-1)), StatutRendezVous.Absent);
        RendezVousReferent(p, referent, TypeRendezVous.PremierRdvReferent, designation, premier, StatutRendezVous.Honore);
        p.DatePremierRdvReferent = premier;
        var contrat = premier.AddDays(hasard.Next(0, 31));
        if (ancien || (hasard.NextDouble() < 0.65 && contrat < aujourdhui))
        {
            RendezVousReferent(p, referent, TypeRendezVous.SignatureContrat, premier, contrat, StatutRendezVous.Honore);
            Contracter(p, jeu, referent, contrat, renouveler: ancien);
        }
        var depuis = Borne(aujourdhui.AddDays(-90), (p.DateContrat ?? premier).AddDays(1));
        for (var i = hasard.Next(0, 3); i > 0 && depuis < aujourdhui; i--)
            RendezVousReferent(p, referent, TypeRendezVous.Suivi, depuis, calendrier.Entre(depuis, aujourdhui.AddDays(-1)), hasard.NextDouble() < 0.12 ? StatutRendezVous.Absent : StatutRendezVous.Honore);
        if (hasard.NextDouble() < 0.2)
            RendezVousReferent(p, referent, TypeRendezVous.Suivi, aujourdhui.AddDays(-hasard.Next(1, 10)),
                aujourdhui.AddDays(hasard.NextDouble() < 0.25 ? hasard.Next(1, jeu.RappelAvantRdvJours + 1) : hasard.Next(3, 31)), StatutRendezVous.Planifie);
    }

    /// <summary>
    /// The contract signed at the appointment, through the same writes as <see cref="ServiceContrats"/>: most CER validated a
    /// few days later, some still pending. A long accompaniment renews it, one year at a time, until about now.
    /// </summary>
    private void Contracter(Parcours p, JeuRegles jeu, ReferentChoisi referent, DateOnly signe, bool renouveler)
    {
        var contrats = new List<Contrat> { Contrat(p, jeu, referent, signe, RangContrat.Premier, ReglesContrats.DureesPermises[hasard.Next(0, 3)]) };
        for (var debut = contrats[^1].DateFin.AddDays(1); renouveler && debut < aujourdhui.AddDays(-hasard.Next(0, 45)); debut = contrats[^1].DateFin.AddDays(1))
            contrats.Add(Contrat(p, jeu, referent, debut, RangContrat.Renouvellement, 12));
        RedactionContrat.Jalonner(p, contrats, jeu);
    }

    private Contrat Contrat(Parcours p, JeuRegles jeu, ReferentChoisi referent, DateOnly signe, RangContrat rang, int dureeMois)
    {
        var auteur = equipes.NomDe(referent.ReferentId);
        var contrat = new Contrat
        {
            PersonneId = p.PersonneId,
            ParcoursId = p.Id,
            Type = TypeContratRegles.Pour(p.TypeOrientation!.Value, jeu),
            Rang = rang,
            CreeLe = calendrier.Heure(signe),
            CreePar = auteur,
        };
        var cer = contrat.Type.DecideParDepartement();
        RedactionContrat.Remplir(contrat, new SaisieContrat
        {
            DateDebut = signe,
            DureeMois = dureeMois,
            SigneLe = signe,
            SigneA = referent.Lieu,
            Objectifs = cer ? [new("Logement", "Constituer un dossier de demande de logement social"), new("Projet professionnel", "Définir un projet de formation")] : [],
            Actions = cer ? [new("Rendez-vous avec la conseillère en économie sociale et familiale", signe.AddDays(30))] : [],
            EngagementsPersonne = cer ? "Se présenter aux rendez-vous fixés par le référent et l'informer de tout changement de situation." : null,
            EngagementsDepartement = cer ? "Assurer un accompagnement par un référent unique et mobiliser les aides utiles au projet." : null,
            Organisme = cer ? null : "France Travail",
            Resume = cer ? null : "Recherche d'emploi active, ateliers de techniques de recherche d'emploi.",
        });
        RedactionContrat.Enregistrer(contrat, auteur, calendrier.Heure(signe));
        var decision = Borne(signe.AddDays(hasard.Next(1, 10)), signe);
        var renouvele = rang == RangContrat.Renouvellement && contrat.DateFin < aujourdhui;
        if (cer && decision < aujourdhui && (renouvele || hasard.NextDouble() < 0.9) && TransitionsContrat.Suivant(contrat, ActeContrat.Valider, false).Vers is { } valide)
            RedactionContrat.Decider(contrat, ActeContrat.Valider, valide, Agent, calendrier.Heure(decision), null);
        db.Add(contrat);
        return contrat;
    }

    private Invitation Inviter(Parcours p, DateOnly jour, JeuRegles jeu)
    {
        var relance = jour.AddDays(jeu.RelanceInvitationJours);
        var invitation = new Invitation
        {
            PersonneId = p.PersonneId,
            ParcoursId = p.Id,
            Type = TypeRendezVous.EntretienOrientation,
            EnvoyeeLe = calendrier.Heure(jour),
            ExpireLe = jour.AddDays(jeu.ExpirationInvitationJours),
            RelanceLe = relance <= aujourdhui ? relance : null,
            EnvoyeePar = Agent,
        };
        db.Add(invitation);
        p.Appliquer(ActionParcours.Inviter);
        (p.DateInvitation, p.NombreInvitations) = (jour, p.NombreInvitations + 1);
        return invitation;
    }

    /// <summary>The appointment answers the invitation; no reminder went out when it came before the reminder day.</summary>
    private static void Repondre(Invitation invitation, RendezVous rdv, DateOnly jour)
    {
        invitation.RendezVous = rdv;
        if (invitation.RelanceLe > jour) invitation.RelanceLe = null;
    }

    /// <summary>An orientation interview and what it does to the parcours (<see cref="ServiceRendezVous"/>'s rules).</summary>
    private RendezVous Convoquer(Parcours p, DateOnly creation, DateOnly jour, StatutRendezVous statut)
    {
        var rdv = RendezVous(p, TypeRendezVous.EntretienOrientation, creation, jour, statut, equipes.LieuEntretien(p.TerritoireId), null, null, Agent);
        p.Appliquer(ActionParcours.Convoquer);
        if (statut == StatutRendezVous.Planifie) return rdv;
        p.Appliquer(statut == StatutRendezVous.Honore ? ActionParcours.Recevoir : ActionParcours.ConstaterAbsence);
        if (statut == StatutRendezVous.Honore) p.DernierContact = jour;
        return rdv;
    }

    private void RendezVousReferent(Parcours p, ReferentChoisi referent, TypeRendezVous type, DateOnly creation, DateOnly jour, StatutRendezVous statut)
    {
        RendezVous(p, type, creation, jour, statut, referent.Lieu, referent.StructureId, referent.ReferentId, equipes.NomDe(referent.ReferentId));
        if (statut == StatutRendezVous.Honore && (p.DernierContact is null || p.DernierContact < jour)) p.DernierContact = jour;
    }

    private RendezVous RendezVous(Parcours p, TypeRendezVous type, DateOnly creation, DateOnly jour, StatutRendezVous statut,
        string lieu, int? structureId, string? referentId, string auteur)
    {
        var rdv = new RendezVous
        {
            PersonneId = p.PersonneId,
            ParcoursId = p.Id,
            Type = type,
            Debut = calendrier.Heure(jour),
            Lieu = lieu,
            StructureId = structureId,
            ReferentId = referentId,
            Convocation = true,
            Statut = statut,
            CreePar = auteur,
            CreeLe = calendrier.Heure(creation > jour ? jour : creation).AddHours(-2),
        };
        if (statut != StatutRendezVous.Planifie) (rdv.StatutPar, rdv.StatutLe) = (auteur, rdv.Debut.AddHours(1));
        db.Add(rdv);
        return rdv;
    }
}
