using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Diagnostic.Rome;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Diagnostic;

public sealed record ResultatEnregistrement(int? Numero, IReadOnlyDictionary<string, string> Erreurs)
{
    public bool Reussi => Numero is not null;
}

/// <summary>
/// Saves a diagnosis as a new version, in one transaction with its journal rows and the parcours
/// step: a person still before orientation moves to "à orienter" through the state machine
/// (<see cref="ActionParcours.Diagnostiquer"/>); later steps keep theirs, the diagnosis is only updated.
/// </summary>
public sealed class EnregistrementDiagnostic(
    AppDbContext db, CurrentUser user, DetailsSensibles sensibles, ReferentielRome rome, AuditJournal audit, HeureLegale heure)
{
    public const string ModifieEntreTemps =
        "Le diagnostic a été enregistré entre-temps par quelqu'un d'autre. Rechargez la page pour partir de sa dernière version, puis refaites vos changements.";

    /// <param name="personneId">A person the caller has checked is in the user's scope.</param>
    public async Task<ResultatEnregistrement> EnregistrerAsync(int personneId, SaisieDiagnostic saisie, CancellationToken ct)
    {
        var courant = await DernierAsync(personneId, ct);
        if ((courant?.Numero ?? 0) != saisie.NumeroBase) return Echec("", ModifieEntreTemps);
        var nouveau = new Diagnostic
        {
            PersonneId = personneId,
            Numero = (courant?.Numero ?? 0) + 1,
            EtabliLe = new DateTimeOffset(heure.MaintenantUtc),
            AuteurId = user.Id!,
            AuteurNom = user.NomComplet ?? user.Email ?? user.Id!,
        };
        var erreurs = saisie.Appliquer(nouveau, rome);
        if (erreurs.Count > 0) return new ResultatEnregistrement(null, erreurs);
        await AppliquerDetailsSensiblesAsync(courant, nouveau, saisie, ct);
        db.Add(nouveau);
        audit.Enregistrer(AuditActions.Creation, nameof(Dossiers.Personne), personneId, $"Diagnostic n° {nouveau.Numero}");
        await AvancerParcoursAsync(personneId, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Echec("", ModifieEntreTemps);
        }
        catch (DbUpdateException)
        {
            // The unique (person, numero) index: someone saved the same next version first.
            if ((await DernierAsync(personneId, ct))?.Numero >= nouveau.Numero) return Echec("", ModifieEntreTemps);
            throw;
        }
        return new ResultatEnregistrement(nouveau.Numero, new Dictionary<string, string>());
    }

    private async Task AppliquerDetailsSensiblesAsync(Diagnostic? courant, Diagnostic nouveau, SaisieDiagnostic saisie, CancellationToken ct)
    {
        if (!await sensibles.PeutModifierAsync(courant, ct))
        {
            (nouveau.DetailSante, nouveau.DetailJustice, nouveau.AuteurDetailsSensiblesId) = (courant!.DetailSante, courant.DetailJustice, courant.AuteurDetailsSensiblesId);
            return;
        }
        (nouveau.DetailSante, nouveau.DetailJustice) = (SaisieDiagnostic.Nettoyer(saisie.DetailSante), SaisieDiagnostic.Nettoyer(saisie.DetailJustice));
        var change = nouveau.DetailSante != courant?.DetailSante || nouveau.DetailJustice != courant?.DetailJustice;
        nouveau.AuteurDetailsSensiblesId = !nouveau.ADetailsSensibles ? null : change ? user.Id : courant!.AuteurDetailsSensiblesId;
        if (change) sensibles.JournaliserModification(nouveau.PersonneId, nouveau.Numero);
    }

    private async Task AvancerParcoursAsync(int personneId, CancellationToken ct)
    {
        var parcours = await db.Set<Parcours>().SingleOrDefaultAsync(p => p.PersonneId == personneId && p.DateCloture == null, ct);
        if (parcours is null || !TransitionsParcours.EstPermise(parcours.Etape, ActionParcours.Diagnostiquer)) return;
        parcours.Appliquer(ActionParcours.Diagnostiquer);
        parcours.DateDiagnostic = heure.Aujourdhui;
    }

    private Task<Diagnostic?> DernierAsync(int personneId, CancellationToken ct) =>
        db.Set<Diagnostic>().AsNoTracking().Where(d => d.PersonneId == personneId).OrderByDescending(d => d.Numero).FirstOrDefaultAsync(ct);

    private static ResultatEnregistrement Echec(string champ, string message) => new(null, new Dictionary<string, string> { [champ] = message });
}
