using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Agenda.Reservation;

/// <summary>Makes the personal link of one invitation message and finds a link back from its token.</summary>
public sealed class LiensReservation(AppDbContext db, HeureLegale heure, IConfiguration configuration, IHttpContextAccessor http)
{
    public const string Chemin = "/rdv/";

    /// <returns>The absolute address to put in the message; only the token's hash is stored.</returns>
    public async Task<string> CreerAsync(int invitationId, CancellationToken ct)
    {
        var jeton = Base64Url(RandomNumberGenerator.GetBytes(32));
        db.Add(new LienReservation { InvitationId = invitationId, Empreinte = Empreinte(jeton), CreeLe = heure.MaintenantUtc });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return Racine() + Chemin + jeton;
    }

    /// <summary>The link of a token, in any département (the visitor has none yet); null for an unknown token.</summary>
    public Task<LienReservation?> TrouverAsync(string? jeton, CancellationToken ct) =>
        jeton is { Length: > 20 and < 100 }
            ? db.Set<LienReservation>().IgnoreQueryFilters().Include(l => l.Invitation).FirstOrDefaultAsync(l => l.Empreinte == Empreinte(jeton), ct)
            : Task.FromResult<LienReservation?>(null);

    public static string Empreinte(string jeton) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(jeton)));

    private static string Base64Url(byte[] octets) => Convert.ToBase64String(octets).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Reminders are sent by a background job without a request: the configured address first (<see cref="AdressePublique"/>).</summary>
    private string Racine() => AdressePublique.Racine(configuration, http.HttpContext?.Request);
}
