using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Decisions;

/// <summary>
/// The département's decision on one dossier after the EP's opinion, and a suspension-remobilisation's restitution.
/// Checked in order: the dossier is in the user's reach, the user is an agent holding the président's delegation in force
/// today, nobody changed the dossier meanwhile (version), its session was held with quorum and gave its opinion, the state
/// machine (<see cref="TransitionsDossierEp"/>), then <see cref="BaremeSanctions"/>. A reorientation is applied to the
/// person's parcours by the orientation service in the same transaction: if it refuses, nothing is kept.
/// </summary>
public sealed class ServiceDecisionsEp(AppDbContext db, AccesDossiersEp acces, ServiceOrientation orientation, AuditJournal audit, CurrentUser user, HeureLegale heure)
{
    public const string SansDelegation = "Vous n'avez pas de délégation du président du conseil départemental pour décider en équipe pluridisciplinaire.";

    public async Task<ResultatAction> DeciderAsync(int dossierId, int version, SaisieDecision saisie, CancellationToken ct)
    {
        var dossier = await acces.ChargerAsync(dossierId, ct);
        if (dossier is null) return AccesDossiersEp.HorsPerimetre;
        if (!acces.PeutAgir) return AccesDossiersEp.RoleInsuffisant;
        var aujourdhui = heure.Aujourdhui;
        var delegations = user.Id is { } id ? await db.Set<DelegationDecision>().AsNoTracking().Where(d => d.UtilisateurId == id).ToListAsync(ct) : [];
        if (delegations.FirstOrDefault(d => d.EnVigueur(aujourdhui)) is not { } delegation) return ResultatAction.Refus(SansDelegation);
        if (dossier.Version != version) return AccesDossiersEp.Conflit;
        if (ObstacleSeance(dossier) is { } obstacle) return ResultatAction.Refus(obstacle);
        if (TransitionsDossierEp.Suivant(dossier.Statut, ActeDossierEp.Decider) is not { } vers)
            return ResultatAction.Refus(TransitionsDossierEp.Refus(dossier.Statut, ActeDossierEp.Decider));
        var regles = await ReglesEp.EnVigueurAsync(db, ct);
        var rang = await acces.RangPassageAsync(dossier.PersonneId, dossier.Id, ct);
        if (BaremeSanctions.Verifier(dossier.Thematique!, saisie, regles, rang, dossier.DateInformation, aujourdhui) is { } refus) return ResultatAction.Refus(refus);

        var type = saisie.Type!.Value;
        var sanction = type.EstSanction();
        dossier.Statut = vers;
        (dossier.Decision, dossier.Motivation, dossier.DecideLe) = (type, saisie.Motivation!.Trim(), aujourdhui);
        dossier.Montant = type == TypeDecisionEp.Reduction ? saisie.Montant : null;
        dossier.Pourcentage = type is TypeDecisionEp.SuspensionPartielle or TypeDecisionEp.SuspensionRemobilisation ? saisie.Pourcentage : null;
        dossier.DureeMois = sanction ? saisie.DureeMois : null;
        dossier.DateEffet = sanction ? saisie.DateEffet ?? BaremeSanctions.DateEffetParDefaut(aujourdhui) : null;
        dossier.OrientationDecidee = type == TypeDecisionEp.Reorientation ? saisie.Orientation : null;
        (dossier.DecideurId, dossier.DecideurNom, dossier.DecideurQualite) = (user.Id, user.NomComplet ?? user.Email ?? "?", delegation.Qualite);
        var phrase = LibellesDecisionEp.Phrase(type, dossier.Montant, dossier.Pourcentage, dossier.DureeMois, dossier.DateEffet, dossier.OrientationDecidee?.LibelleNational());
        audit.Enregistrer(ActionsDecisionsEp.Decision, nameof(DossierEp), dossier.Id, $"{phrase} ({LibellesDecisionEp.Passage(rang)})");
        var message = $"Décision enregistrée : {phrase} Elle est à notifier à la personne.";
        return type == TypeDecisionEp.Reorientation
            ? await ReorienterAsync(dossier, saisie.Orientation!.Value, message, ct)
            : await db.SauverActionAsync(message, AccesDossiersEp.Conflit, ct);
    }

    /// <summary>
    /// A suspension-remobilisation lifted because the person resumed their obligations: the months of suspension already
    /// run (counted by calendar month from the date d'effet, at most the decided length) are given back, within
    /// <see cref="ReglesEp.RestitutionMaximaleMois"/>. The CAF learns it from the export's DATEREPRISE and MOISRESTITUES.
    /// </summary>
    public async Task<ResultatAction> RepriseObligationsAsync(int dossierId, int version, DateOnly? date, CancellationToken ct)
    {
        var dossier = await acces.ChargerAsync(dossierId, ct);
        if (dossier is null) return AccesDossiersEp.HorsPerimetre;
        if (!acces.PeutAgir) return AccesDossiersEp.RoleInsuffisant;
        if (dossier.Version != version) return AccesDossiersEp.Conflit;
        if (dossier.Statut != StatutDossierEp.Decide || dossier.Decision != TypeDecisionEp.SuspensionRemobilisation)
            return ResultatAction.Refus("La reprise des obligations ne s'enregistre que sur une suspension-remobilisation décidée.");
        if (dossier.AnnuleeSurRecoursLe is not null) return ResultatAction.Refus("Cette décision a été annulée sur recours : il n'y a rien à restituer.");
        if (dossier.RepriseObligationsLe is { } deja) return ResultatAction.Refus($"La reprise des obligations est déjà enregistrée, le {LibellesDecisionEp.Jour(deja)}.");
        if (date is not { } reprise) return ResultatAction.Refus("Indiquez la date à laquelle la personne a repris ses obligations.");
        if (reprise > heure.Aujourdhui) return ResultatAction.Refus("La date de reprise ne peut être dans le futur.");
        if (reprise < dossier.DecideLe) return ResultatAction.Refus("La reprise des obligations ne peut précéder la décision.");
        var regles = await ReglesEp.EnVigueurAsync(db, ct);
        var effet = dossier.DateEffet!.Value;
        var moisSuspendus = reprise < effet ? 0 : Math.Min(dossier.DureeMois ?? 0, (reprise.Year - effet.Year) * 12 + reprise.Month - effet.Month + 1);
        (dossier.RepriseObligationsLe, dossier.MoisRestitues) = (reprise, Math.Min(moisSuspendus, regles.RestitutionMaximaleMois));
        audit.Enregistrer(ActionsDecisionsEp.RepriseObligations, nameof(DossierEp), dossier.Id, $"Reprise le {LibellesDecisionEp.Jour(reprise)} : {dossier.MoisRestitues} mois restitués");
        return await db.SauverActionAsync($"Reprise des obligations enregistrée au {LibellesDecisionEp.Jour(reprise)} : {dossier.MoisRestitues} mois de suspension à restituer "
            + $"(au plus {regles.RestitutionMaximaleMois} selon les règles du département).", AccesDossiersEp.Conflit, ct);
    }

    private string? ObstacleSeance(DossierEp dossier)
    {
        if (dossier.Seance is not { } seance)
            return "Ce dossier n'est inscrit à aucune séance : l'équipe pluridisciplinaire doit l'examiner avant toute décision.";
        var le = LibellesDecisionEp.Jour(heure.Jour(seance.Debut));
        return seance.Statut switch
        {
            StatutSeance.Annulee => $"La séance du {le} a été annulée : aucune décision ne peut être prise sur ce dossier sans l'avis d'une séance tenue.",
            StatutSeance.Reportee => $"La séance du {le} a été reportée : le dossier attend l'avis de la séance qui l'examinera.",
            _ when seance.QuorumAtteint == false => $"La séance du {le} s'est tenue sans quorum{(seance.MotifSansQuorum is { } m ? $" ({m})" : "")} : "
                + "aucune décision ne peut être prise sur son avis ; le dossier doit être examiné à une nouvelle séance.",
            _ when dossier.Avis is null || dossier.Statut == StatutDossierEp.Inscrit =>
                $"L'équipe pluridisciplinaire n'a pas rendu d'avis sur ce dossier (séance du {le}) : la décision attend son avis.",
            _ => null,
        };
    }

    /// <summary>
    /// The dossier is saved first (decided, it no longer holds the orientation back), then the orientation service asks and
    /// accepts the reorientation on the open parcours, joining this transaction; its refusal rolls the decision back too.
    /// </summary>
    private async Task<ResultatAction> ReorienterAsync(DossierEp dossier, TypeOrientation cible, string message, CancellationToken ct)
    {
        var (personneId, motif) = (dossier.PersonneId, $"Décision après équipe pluridisciplinaire (dossier n° {dossier.Id}) : {dossier.Motivation}");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return db.Abandonner(AccesDossiersEp.Conflit);
        }
        db.ChangeTracker.Clear();
        var resultat = await db.SurParcoursOuvertAsync(personneId, async parcoursId =>
        {
            var demande = await orientation.DemanderReorientationAsync(parcoursId, await VersionAsync(parcoursId, ct), cible, motif[..Math.Min(motif.Length, 1000)], ct);
            return demande.Reussi ? await orientation.DeciderReorientationAsync(parcoursId, await VersionAsync(parcoursId, ct), true, null, ct) : demande;
        }, ct);
        if (!resultat.Reussi)
        {
            await transaction.RollbackAsync(ct);
            return db.Abandonner(ResultatAction.Refus($"La réorientation n'a pas pu être appliquée au parcours : {resultat.Message} La décision n'est pas enregistrée."));
        }
        await transaction.CommitAsync(ct);
        return ResultatAction.Ok($"{message} {resultat.Message}");
    }

    private Task<int> VersionAsync(int parcoursId, CancellationToken ct) =>
        db.Set<Parcours>().Where(p => p.Id == parcoursId).Select(p => p.Version).FirstAsync(ct);
}
