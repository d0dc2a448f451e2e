using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Acces;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;

namespace Passerelle.Web.Features.Agenda.Reservation;

public enum IssueVerification { Valide, Invalide, Erronee, Bloquee }

/// <summary>
/// The gate of the booking page (decision 0015): the token finds the link, the birth date is the
/// second factor, wrong dates are counted per link and per address. An unknown token, an expired
/// one and a token of an invitation whose appointment has passed all get the same answer. Once the
/// date is confirmed, a protected cookie bound to the link keeps the page open for a while.
/// </summary>
public sealed class AccesReservation(AppDbContext db, LiensReservation liens, TenantContext tenant, HeureLegale heure, AuditJournal audit, IDataProtectionProvider protection)
{
    public const string Cookie = "passerelle-rdv";
    public const string LienInvalide = "Ce lien n'est pas ou plus valable. Pour prendre rendez-vous, contactez le service insertion du Département.";

    private ITimeLimitedDataProtector Protecteur => protection.CreateProtector("Passerelle.ReservationEnLigne").ToTimeLimitedDataProtector();

    /// <summary>The open link of a token, with the département set for the rest of the request; null when unknown or closed.</summary>
    public async Task<LienReservation?> OuvrirAsync(string? jeton, CancellationToken ct)
    {
        var lien = await liens.TrouverAsync(jeton, ct);
        if (lien?.Invitation is not { } invitation) return null;
        tenant.Utiliser(lien.DepartementId);
        var aujourdhui = heure.Aujourdhui;
        var rdv = invitation.RendezVousId is int id ? await db.Set<RendezVous>().AsNoTracking().Where(r => r.Id == id).Select(r => new { r.Debut, r.Statut }).FirstOrDefaultAsync(ct) : null;
        var ouvert = invitation.ExpireLe >= aujourdhui || rdv is { Statut: StatutRendezVous.Planifie } && heure.Jour(rdv.Debut) >= aujourdhui;
        return ouvert ? lien : null;
    }

    public async Task<IssueVerification> VerifierAsync(string? jeton, DateOnly? dateNaissance, string adresseIp, CancellationToken ct)
    {
        var maintenant = heure.MaintenantUtc;
        var depuis = maintenant - RegleEssais.FenetreAdresse;
        if (await db.Set<EchecReservation>().CountAsync(e => e.AdresseIp == adresseIp && e.Le > depuis, ct) >= RegleEssais.EchecsParAdresse) return IssueVerification.Bloquee;
        var lien = await OuvrirAsync(jeton, ct);
        if (lien is null)
        {
            await NoterEchecAsync(adresseIp, ct);
            return IssueVerification.Invalide;
        }
        if (lien.BloqueJusquA > maintenant) return IssueVerification.Bloquee;
        var naissance = await db.Personnes.Where(p => p.Id == lien.Invitation!.PersonneId).Select(p => p.DateNaissance).FirstAsync(ct);
        var liens = db.Set<LienReservation>().Where(l => l.Id == lien.Id);
        if (dateNaissance == naissance)
        {
            await liens.ExecuteUpdateAsync(s => s.SetProperty(l => l.EchecsConsecutifs, 0), ct);
            return IssueVerification.Valide;
        }
        // Counted in the database, not read then written: parallel wrong attempts each count.
        await liens.ExecuteUpdateAsync(s => s.SetProperty(l => l.EchecsConsecutifs, l => l.EchecsConsecutifs + 1), ct);
        await liens.Where(l => l.EchecsConsecutifs >= RegleEssais.EchecsParLien)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.EchecsConsecutifs, 0).SetProperty(l => l.BloqueJusquA, maintenant + RegleEssais.BlocageLien), ct);
        audit.Enregistrer(ActionsReservation.DateNaissanceErronee, nameof(Invitation), lien.InvitationId, "Date de naissance erronée sur le lien d'invitation",
            utilisateur: ServiceReservation.Auteur, departementId: lien.DepartementId);
        await NoterEchecAsync(adresseIp, ct);
        return await liens.AnyAsync(l => l.BloqueJusquA > maintenant, ct) ? IssueVerification.Bloquee : IssueVerification.Erronee;
    }

    public string Session(LienReservation lien) => Protecteur.Protect(lien.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), RegleEssais.DureeSession);

    public bool SessionValide(string? cookie, LienReservation lien)
    {
        if (string.IsNullOrEmpty(cookie)) return false;
        try
        {
            return Protecteur.Unprotect(cookie) == lien.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return false;
        }
    }

    private async Task NoterEchecAsync(string adresseIp, CancellationToken ct)
    {
        db.Add(new EchecReservation { AdresseIp = adresseIp, Le = heure.MaintenantUtc });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
