using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Acces;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Offre;

/// <summary>
/// An operator's (or an agent's) writing of an action and the département's moderation: checked whole
/// (<see cref="RedactionAction"/>, then what needs the database: the fiche-action, the structure, the commune and
/// territoires of the département), saved with its version, audited. A new action is a draft.
/// </summary>
public sealed class ServiceActions(AppDbContext db, AccesOffre acces, VocabulairesDataInclusion vocabulaires, Communes.Communes communes,
    HeureLegale heure, AuditJournal audit, CurrentUser user)
{
    public static readonly ResultatAction Conflit =
        ResultatAction.Refus("Cette action vient d'être modifiée par quelqu'un d'autre : rechargez la page pour repartir de sa version à jour, puis recommencez.");

    private string Auteur => user.NomComplet ?? user.Email ?? "système";

    /// <param name="id">Null for a new action.</param>
    /// <returns>The result and the action's id when saved.</returns>
    public async Task<(ResultatAction Resultat, int? Id)> EnregistrerAsync(int? id, SaisieAction saisie, CancellationToken ct)
    {
        var (lue, erreur) = RedactionAction.Lire(saisie, vocabulaires);
        if (lue is null) return (ResultatAction.Refus(erreur!), null);
        if (await RefusAsync(saisie, ct) is { } refus) return (refus, null);
        ActionInsertion? action;
        if (id is int existant)
        {
            action = await acces.Gerables(db.Set<ActionInsertion>()).Include(a => a.Sessions).Include(a => a.Places).FirstOrDefaultAsync(a => a.Id == existant, ct);
            if (action is null) return (ResultatAction.Refus("Cette action n'existe pas ou n'est pas de vos structures."), null);
            db.Entry(action).Property(a => a.Version).OriginalValue = saisie.Version;
            db.RemoveRange(action.Sessions);
            db.RemoveRange(action.Places);
        }
        else db.Add(action = new ActionInsertion { Nom = "", Description = "", Type = "", CodeInsee = "", ModifieePar = Auteur, Statut = StatutAction.Brouillon });
        Remplir(action, lue);
        audit.Enregistrer(ActionsOffre.Enregistrement, nameof(ActionInsertion), id, $"« {action.Nom} » {(id is null ? "créée (brouillon)" : "modifiée")}");
        var resultat = await db.SauverActionAsync(id is null ? "Action enregistrée en brouillon : demandez sa publication quand elle est prête." : "Action enregistrée.", Conflit, ct);
        return (resultat, resultat.Reussi ? action.Id : null);
    }

    public async Task<ResultatAction> AgirAsync(int id, ActeAction acte, int version, string? motif, CancellationToken ct)
    {
        var action = await acces.Gerables(db.Set<ActionInsertion>()).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (action is null) return ResultatAction.Refus("Cette action n'existe pas ou n'est pas de vos structures.");
        if (TransitionsAction.Suivant(action.Statut, acte, acces.Moderateur) is not { } vers)
            return db.Abandonner(ResultatAction.Refus($"« {acte.Libelle()} » n'est pas possible pour une action « {action.Statut.Libelle().ToLowerInvariant()} »."));
        if (acte == ActeAction.Refuser && string.IsNullOrWhiteSpace(motif))
            return db.Abandonner(ResultatAction.Refus("Dites à l'opérateur pourquoi l'action est refusée : il la corrigera."));
        db.Entry(action).Property(a => a.Version).OriginalValue = version;
        var maintenant = heure.MaintenantUtc;
        (action.Statut, action.MotifRefus, action.ModifieeLe, action.ModifieePar) = (vers, acte == ActeAction.Refuser ? motif!.Trim() : null, maintenant, Auteur);
        if (vers == StatutAction.Publiee) action.PublieeLe ??= maintenant;
        audit.Enregistrer(ActionsOffre.Moderation, nameof(ActionInsertion), id, $"« {action.Nom} » : {acte.Libelle().ToLowerInvariant()}{(motif is null ? "" : $" ({motif.Trim()})")}");
        return await db.SauverActionAsync($"{acte.Libelle()} : fait. L'action est « {vers.Libelle().ToLowerInvariant()} ».", Conflit, ct);
    }

    /// <summary>
    /// Actions read from a data·inclusion file (<see cref="ImportDataInclusion"/>), in one save: a service already
    /// imported (same source and id) is updated, a new one is added and published, since the département imports it.
    /// </summary>
    public async Task<ResultatAction> ImporterAsync(IReadOnlyList<(string Source, string Id, ActionLue Action)> services, CancellationToken ct)
    {
        foreach (var (_, _, lue) in services)
            if (await RefusAsync(lue.Saisie, ct) is { } refus) return db.Abandonner(refus);
        var sources = services.Select(s => s.Source).Distinct().ToList();
        var existantes = await db.Set<ActionInsertion>().Include(a => a.Sessions).Include(a => a.Places)
            .Where(a => a.SourceExterne != null && sources.Contains(a.SourceExterne)).ToListAsync(ct);
        var maintenant = heure.MaintenantUtc;
        var (ajoutees, modifiees) = (0, 0);
        foreach (var (source, id, lue) in services)
        {
            var action = existantes.FirstOrDefault(a => a.SourceExterne == source && a.IdExterne == id);
            if (action is null)
            {
                db.Add(action = new ActionInsertion { Nom = "", Description = "", Type = "", CodeInsee = "", ModifieePar = Auteur, Statut = StatutAction.Publiee, PublieeLe = maintenant, SourceExterne = source, IdExterne = id });
                ajoutees++;
            }
            else modifiees++;
            // The file describes no sessions nor funded places: those entered in Passerelle are kept.
            var (sessions, places) = (action.Sessions, action.Places);
            Remplir(action, lue);
            (action.Sessions, action.Places) = (sessions, places);
        }
        audit.Enregistrer(ActionsOffre.Enregistrement, nameof(ActionInsertion), null, $"Import data·inclusion : {ajoutees} action(s) ajoutée(s) et publiée(s), {modifiees} mise(s) à jour");
        return await db.SauverActionAsync($"Import terminé : {ajoutees} action(s) ajoutée(s) et publiée(s), {modifiees} mise(s) à jour.", Conflit, ct);
    }

    /// <summary>What only the database can check: the fiche-action, the structure the user runs, the commune and territoires of the département.</summary>
    private async Task<ResultatAction?> RefusAsync(SaisieAction s, CancellationToken ct)
    {
        if (!await db.Set<Programmes.FicheAction>().AnyAsync(f => f.Id == s.FicheActionId, ct))
            return ResultatAction.Refus("Choisissez la fiche-action du programme que l'action met en œuvre.");
        if (!acces.PeutGerer(s.StructureId) || !await db.Structures.AnyAsync(x => x.Id == s.StructureId, ct))
            return ResultatAction.Refus("Choisissez l'une de vos structures comme opérateur de l'action.");
        var departement = await db.CodeDepartementAsync(ct);
        if (communes.Trouver(s.CodeInsee) is not { } commune || commune.Departement != departement)
            return ResultatAction.Refus("Choisissez la commune où l'action a lieu, dans le département.");
        var territoires = s.Territoires.Distinct().ToList();
        if (await db.Territoires.CountAsync(t => territoires.Contains(t.Id), ct) != territoires.Count)
            return ResultatAction.Refus("Un territoire choisi n'est pas du département.");
        return null;
    }

    private void Remplir(ActionInsertion a, ActionLue lue)
    {
        var s = lue.Saisie;
        (a.FicheActionId, a.StructureId, a.Nom, a.Description, a.Type) = (s.FicheActionId, s.StructureId, s.Nom!.Trim(), s.Description!.Trim(), s.Type!);
        (a.Thematiques, a.Publics, a.ModesAccueil, a.ModesMobilisation) = ([.. s.Thematiques.Distinct()], [.. s.Publics.Distinct()], [.. s.ModesAccueil.Distinct()], [.. s.ModesMobilisation.Distinct()]);
        (a.ConditionsAcces, a.HeuresHebdomadaires, a.NombreSemaines, a.Adresse, a.CodeInsee, a.Territoires) =
            (Texte(s.ConditionsAcces), s.HeuresHebdomadaires, s.NombreSemaines, Texte(s.Adresse), s.CodeInsee!, [.. s.Territoires.Distinct()]);
        (a.Frais, a.MobilisationPrecisions, a.ContactNom, a.Courriel, a.Telephone) = (s.Frais!, Texte(s.MobilisationPrecisions), Texte(s.ContactNom), Texte(s.Courriel), lue.Telephone);
        a.Sessions = [.. lue.Sessions.Select(x => new SessionAction { Debut = x.Debut, Fin = x.Fin })];
        a.Places = [.. lue.Places.Select(x => new PlacesFinancees { Debut = x.Debut, Fin = x.Fin, Places = x.Places })];
        (a.ModifieeLe, a.ModifieePar) = (heure.MaintenantUtc, Auteur);
    }

    private static string? Texte(string? valeur) => string.IsNullOrWhiteSpace(valeur) ? null : valeur.Trim();
}
