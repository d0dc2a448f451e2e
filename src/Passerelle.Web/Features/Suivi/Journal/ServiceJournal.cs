using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Suivi.Journal;

/// <param name="Date">When the contact took place (UTC); null for a note, dated when written.</param>
public sealed record SaisieEcrit(NatureEcrit Nature, Confidentialite Confidentialite, DateTime? Date, string? Texte);

/// <param name="ObjectifParentId">The objective an action serves; null to add an objective.</param>
public sealed record SaisieObjectif(int? ObjectifParentId, string? Libelle, DateOnly? Echeance);

/// <summary>
/// Writes to a person's journal for the pages, the API and the demo alike. The caller has checked
/// the person is within the user's scope; ids of objectives are checked to belong to the person.
/// </summary>
public sealed class ServiceJournal(AppDbContext db, ProfilSuivi profil, HeureLegale heure, DominantesEnVigueur dominantes)
{
    public async Task<ResultatAction> EcrireAsync(int personneId, SaisieEcrit saisie, CancellationToken ct)
    {
        var texte = saisie.Texte?.Trim() ?? "";
        if (texte.Length == 0) return ResultatAction.Refus("Écrivez le texte de la note ou le résumé du contact.");
        if (texte.Length > EcritJournal.LongueurTexte) return ResultatAction.Refus($"Le texte ne peut dépasser {EcritJournal.LongueurTexte} caractères.");
        if (!Enum.IsDefined(saisie.Nature) || !Enum.IsDefined(saisie.Confidentialite)) return ResultatAction.Refus("Nature ou confidentialité inconnue.");
        var maintenant = heure.MaintenantUtc;
        var date = saisie.Nature == NatureEcrit.Note ? maintenant : saisie.Date;
        if (date is not { } jour) return ResultatAction.Refus("Indiquez la date du contact.");
        if (jour > maintenant) return ResultatAction.Refus("La date du contact ne peut être dans le futur.");
        if (jour < maintenant.AddYears(-2)) return ResultatAction.Refus("La date du contact remonte à plus de deux ans : vérifiez-la.");
        db.Add(new EcritJournal
        {
            PersonneId = personneId,
            Nature = saisie.Nature,
            Confidentialite = saisie.Confidentialite,
            Date = jour,
            Texte = texte,
            AuteurId = (await profil.PourAsync(personneId, ct)).UtilisateurId,
            Auteur = profil.Nom,
            EcritLe = maintenant,
        });
        await db.SaveChangesAsync(ct);
        return ResultatAction.Ok(saisie.Nature == NatureEcrit.Note ? "Note enregistrée." : "Contact enregistré.");
    }

    public async Task<ResultatAction> AjouterObjectifAsync(int personneId, SaisieObjectif saisie, CancellationToken ct)
    {
        var libelle = saisie.Libelle?.Trim() ?? "";
        if (libelle.Length == 0) return ResultatAction.Refus("Écrivez l'intitulé de l'objectif ou de l'action.");
        if (libelle.Length > Objectif.LongueurLibelle) return ResultatAction.Refus($"L'intitulé ne peut dépasser {Objectif.LongueurLibelle} caractères.");
        if (saisie.Echeance is { } e && (e < heure.Aujourdhui.AddYears(-1) || e > heure.Aujourdhui.AddYears(5)))
            return ResultatAction.Refus("L'échéance doit tomber entre l'an dernier et les cinq prochaines années.");
        if (saisie.ObjectifParentId is { } parent
            && !await db.Set<Objectif>().AnyAsync(o => o.Id == parent && o.PersonneId == personneId && o.ObjectifParentId == null, ct))
            return ResultatAction.Refus(ObjectifIntrouvable);
        var maintenant = heure.MaintenantUtc;
        db.Add(new Objectif
        {
            PersonneId = personneId,
            ObjectifParentId = saisie.ObjectifParentId,
            Libelle = libelle,
            Echeance = saisie.Echeance,
            Statut = StatutObjectif.Prevu,
            StatutLe = maintenant,
            StatutPar = profil.Nom,
            CreePar = profil.Nom,
            CreeLe = maintenant,
        });
        await db.SaveChangesAsync(ct);
        return ResultatAction.Ok(saisie.ObjectifParentId is null ? "Objectif ajouté." : "Action ajoutée.");
    }

    public const string ObjectifIntrouvable = "Cet objectif n'existe pas pour cette personne.";

    public async Task<ResultatAction> ChangerStatutAsync(int personneId, int objectifId, int version, StatutObjectif statut, CancellationToken ct)
    {
        var objectif = await db.Set<Objectif>().FirstOrDefaultAsync(o => o.Id == objectifId && o.PersonneId == personneId, ct);
        if (objectif is null) return ResultatAction.Refus(ObjectifIntrouvable);
        if (objectif.Version != version) return ResultatAction.Conflit;
        if (!TransitionsObjectif.EstPermise(objectif.Statut, statut)) return ResultatAction.Refus(TransitionsObjectif.Refus(objectif.Statut, statut));
        objectif.Statut = statut;
        objectif.StatutLe = heure.MaintenantUtc;
        objectif.StatutPar = profil.Nom;
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return ResultatAction.Conflit; }
        return ResultatAction.Ok($"« {objectif.Libelle} » : {statut.Libelle()}.");
    }

    /// <summary>Ends the current dominante (if another) and opens the chosen one from today.</summary>
    public async Task<ResultatAction> ChoisirDominanteAsync(int personneId, string? code, CancellationToken ct)
    {
        var choisie = (await dominantes.ListerAsync(ct)).FirstOrDefault(d => d.Code == code);
        if (choisie is null) return ResultatAction.Refus("Choisissez une dominante de la liste du département.");
        var courante = await db.Set<DominanteAccompagnement>().FirstOrDefaultAsync(d => d.PersonneId == personneId && d.DateFin == null, ct);
        if (courante?.Code == choisie.Code) return ResultatAction.Refus($"La dominante est déjà « {choisie.Libelle} ».");
        var aujourdhui = heure.Aujourdhui;
        if (courante is not null)
        {
            courante.DateFin = aujourdhui;
            await db.SaveChangesAsync(ct);
        }
        db.Add(new DominanteAccompagnement
        {
            PersonneId = personneId,
            Code = choisie.Code,
            Libelle = choisie.Libelle,
            DateDebut = aujourdhui,
            ChoisiePar = profil.Nom,
            ChoisieLe = heure.MaintenantUtc,
        });
        await db.SaveChangesAsync(ct);
        return ResultatAction.Ok($"Dominante de l'accompagnement : {choisie.Libelle}.");
    }
}
