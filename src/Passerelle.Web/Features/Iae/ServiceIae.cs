using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Iae;

/// <summary>Records a person's IAE entry and exit (<see cref="ReglesIae"/>) within the person's scope, and a SIAE's agreed places of a year; audit-logged.</summary>
public sealed class ServiceIae(AppDbContext db, PerimetreDossiers perimetre, AuditJournal audit, CurrentUser user, HeureLegale heure)
{
    public const string ActionEntree = "iae-entree", ActionSortie = "iae-sortie", ActionPlaces = "iae-places";

    public static readonly ResultatAction Introuvable = ResultatAction.Refus("Ce parcours IAE ou cette personne n'existe pas ou n'est pas dans votre périmètre.");

    private static readonly ResultatAction Conflit = ResultatAction.Refus("Ce parcours vient d'être modifié par quelqu'un d'autre : rechargez la page, puis recommencez.");

    public IQueryable<ParcoursIae> Visibles()
    {
        var personnes = perimetre.Filtrer(db.Personnes).Select(p => p.Id);
        return perimetre.ToutLeDepartement ? db.Set<ParcoursIae>() : db.Set<ParcoursIae>().Where(p => personnes.Contains(p.PersonneId));
    }

    public async Task<Ecriture> EntrerAsync(int personneId, SaisieEntreeIae saisie, CancellationToken ct)
    {
        if (!await perimetre.Filtrer(db.Personnes).AnyAsync(p => p.Id == personneId, ct)) return Ecriture.De(Introuvable);
        var type = saisie.StructureId is int s ? await db.Structures.Where(x => x.Id == s).Select(x => (Structures.TypeStructure?)x.Type).FirstOrDefaultAsync(ct) : null;
        var erreurs = ReglesIae.Verifier(saisie, type, heure.Aujourdhui);
        if (erreurs.Count > 0) return Ecriture.Champs(erreurs);
        if (await db.Set<ParcoursIae>().AnyAsync(p => p.PersonneId == personneId && p.DateSortie == null, ct))
            return Ecriture.Refus("Cette personne a déjà un parcours IAE en cours : enregistrez sa sortie avant une nouvelle embauche.");
        var parcours = new ParcoursIae
        {
            PersonneId = personneId,
            StructureId = saisie.StructureId!.Value,
            DateDiagnostic = saisie.DateDiagnostic!.Value,
            DateEmbauche = saisie.DateEmbauche!.Value,
            TypeContrat = saisie.TypeContrat!.Value,
            SaisiPar = user.NomComplet ?? user.Email ?? "système",
            SaisiLe = heure.MaintenantUtc,
        };
        db.Add(parcours);
        await db.SaveChangesAsync(ct);
        audit.Enregistrer(ActionEntree, nameof(ParcoursIae), parcours.Id, $"Structure {parcours.StructureId}");
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return Ecriture.De(ResultatAction.Ok("Entrée en parcours IAE enregistrée."), parcours.Id);
    }

    public async Task<Ecriture> SortirAsync(int id, int version, DateOnly? date, MotifSortieIae? motif, CancellationToken ct)
    {
        if (await Visibles().FirstOrDefaultAsync(p => p.Id == id, ct) is not { } parcours) return Ecriture.De(Introuvable);
        if (ReglesIae.VerifierSortie(parcours, date, motif, heure.Aujourdhui) is { } refus) return Ecriture.Refus(refus);
        db.Entry(parcours).Property(p => p.Version).OriginalValue = version;
        (parcours.DateSortie, parcours.MotifSortie) = (date, motif);
        audit.Enregistrer(ActionSortie, nameof(ParcoursIae), id, motif.ToString());
        return Ecriture.De(await db.SauverActionAsync("Sortie du parcours IAE enregistrée.", Conflit, ct), id);
    }

    /// <summary>Sets (or corrects) a SIAE's agreed places of a year: the département's agents, who sit on the CDIAE.</summary>
    public async Task<Ecriture> DefinirPlacesAsync(int structureId, int annee, int? postes, decimal? etp, CancellationToken ct)
    {
        var type = await db.Structures.Where(x => x.Id == structureId).Select(x => (Structures.TypeStructure?)x.Type).FirstOrDefaultAsync(ct);
        if (type is not Structures.TypeStructure t || !VocabulaireEmploisInclusion.EstSiae(t)) return Ecriture.Refus("Cette structure n'est pas une SIAE du département.");
        if (annee is < 2000 or > 2999) return Ecriture.Refus("Choisissez une année entre 2000 et 2999.");
        if (postes is not int p || p < 0) return Ecriture.Refus("Indiquez le nombre de postes conventionnés (zéro ou plus).");
        if (etp is not decimal e || e < 0 || e > 10000) return Ecriture.Refus("Indiquez les ETP conventionnés (zéro ou plus).");
        var places = await db.Set<PlacesSiae>().FirstOrDefaultAsync(x => x.StructureId == structureId && x.Annee == annee, ct);
        if (places is null) db.Add(places = new PlacesSiae { StructureId = structureId, Annee = annee });
        (places.PostesConventionnes, places.EtpConventionnes) = (p, Math.Round(e, 2));
        audit.Enregistrer(ActionPlaces, nameof(PlacesSiae), structureId, $"{annee} : {p} postes, {e} ETP");
        return Ecriture.De(await db.SauverActionAsync($"Places {annee} enregistrées.", Conflit, ct), structureId);
    }
}
