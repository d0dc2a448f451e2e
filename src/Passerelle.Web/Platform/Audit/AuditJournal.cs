using Passerelle.Web.Data;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Platform.Audit;

/// <summary>
/// Adds journal rows to the current unit of work, so an audited change and its record are saved
/// together (or not at all). Call <see cref="Enregistrer"/> then SaveChanges.
/// </summary>
public sealed class AuditJournal(AppDbContext db, CurrentUser user, IHttpContextAccessor http, TimeProvider clock)
{
    public void Enregistrer(string action, string? objet = null, object? objetId = null, string? details = null,
        string? utilisateurId = null, string? utilisateur = null, int? departementId = null)
    {
        db.Audit.Add(new AuditEntry
        {
            Horodatage = clock.GetUtcNow().UtcDateTime,
            DepartementId = departementId ?? db.TenantId,
            UtilisateurId = utilisateurId ?? user.Id,
            Utilisateur = utilisateur ?? user.Email,
            Action = action,
            Objet = objet,
            ObjetId = objetId?.ToString(),
            AdresseIp = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
            Details = details is { Length: > 2000 } ? details[..2000] : details,
        });
    }

    public async Task EnregistrerMaintenantAsync(string action, string? objet = null, object? objetId = null, string? details = null,
        string? utilisateurId = null, string? utilisateur = null, int? departementId = null, CancellationToken ct = default)
    {
        Enregistrer(action, objet, objetId, details, utilisateurId, utilisateur, departementId);
        await db.SaveChangesAsync(ct);
    }
}
