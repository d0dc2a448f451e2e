using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Referents;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Diagnostic;

/// <summary>
/// Health and justice details (primer §1, §9): readable only by the person's current référent
/// (open designation to the user) and by whoever wrote them; everyone else allowed on the
/// diagnosis sees that they are reserved. Every display to a reader is journalled, every edit too.
/// </summary>
public sealed class DetailsSensibles(AppDbContext db, CurrentUser user, AuditJournal audit)
{
    public const string Reserve = "Information réservée au référent";

    private bool? referentCourant;

    public async Task<bool> PeutLireAsync(Diagnostic diagnostic, CancellationToken ct)
    {
        if (user.Id is null) return false;
        if (diagnostic.AuteurDetailsSensiblesId == user.Id) return true;
        referentCourant ??= await db.Set<DesignationReferent>()
            .AnyAsync(d => d.PersonneId == diagnostic.PersonneId && d.DateFin == null && d.ReferentId == user.Id, ct);
        return referentCourant.Value;
    }

    /// <summary>Writes a user may change only when they may read them, or when there is nothing yet to hide.</summary>
    public async Task<bool> PeutModifierAsync(Diagnostic? courant, CancellationToken ct) =>
        courant is null || !courant.ADetailsSensibles || await PeutLireAsync(courant, ct);

    /// <summary>Records that the details of this version were shown (page or form); saved at once, even if nothing else is.</summary>
    public Task JournaliserLectureAsync(Diagnostic diagnostic, CancellationToken ct) =>
        audit.EnregistrerMaintenantAsync(AuditActions.ConsultationSensible, nameof(Diagnostic), diagnostic.Id,
            $"Personne {diagnostic.PersonneId}, diagnostic n° {diagnostic.Numero}", ct: ct);

    public void JournaliserModification(int personneId, int numero) =>
        audit.Enregistrer(AuditActions.ModificationSensible, nameof(Dossiers.Personne), personneId, $"Personne {personneId}, diagnostic n° {numero}");
}
