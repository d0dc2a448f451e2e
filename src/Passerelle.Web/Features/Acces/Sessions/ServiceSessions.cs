using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Acces.Sessions;

/// <summary>Opens a session at sign-in and revokes it at sign-out, or all of a user's at a password change.</summary>
public sealed class ServiceSessions(AppDbContext db, SessionsRevoquees revoquees, TimeProvider horloge)
{
    public const string Claim = "passerelle:session";

    public async Task<string> OuvrirAsync(string utilisateurId)
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        db.Add(new SessionUtilisateur { Id = id, UtilisateurId = utilisateurId, OuverteLe = horloge.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync();
        return id;
    }

    public async Task RevoquerAsync(string session, string utilisateurId)
    {
        var maintenant = horloge.GetUtcNow().UtcDateTime;
        revoquees.Ajouter(session, maintenant);
        var lignes = await db.Set<SessionUtilisateur>().Where(s => s.Id == session && s.RevoqueeLe == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RevoqueeLe, maintenant));
        // A session purged while still open (long-lived) is recorded again, revoked, so the other instances learn it.
        if (lignes == 0 && !await db.Set<SessionUtilisateur>().AnyAsync(s => s.Id == session))
        {
            db.Add(new SessionUtilisateur { Id = session, UtilisateurId = utilisateurId, OuverteLe = maintenant, RevoqueeLe = maintenant });
            await db.SaveChangesAsync();
        }
    }

    public async Task RevoquerToutesAsync(string utilisateurId)
    {
        var maintenant = horloge.GetUtcNow().UtcDateTime;
        var ouvertes = db.Set<SessionUtilisateur>().Where(s => s.UtilisateurId == utilisateurId && s.RevoqueeLe == null);
        foreach (var id in await ouvertes.Select(s => s.Id).ToListAsync())
            revoquees.Ajouter(id, maintenant);
        await ouvertes.ExecuteUpdateAsync(s => s.SetProperty(x => x.RevoqueeLe, maintenant));
    }
}
