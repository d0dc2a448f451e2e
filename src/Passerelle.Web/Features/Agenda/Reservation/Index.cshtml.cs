using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Envois;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Agenda.Reservation;

public enum EtatPageReservation { Invalide, Verification, Ouverte }

public sealed record RendezVousReserve(TypeRendezVous Type, DateTime Debut, string Lieu, string? Structure, bool Modifiable);

/// <summary>
/// The public booking page of an invitation link (no account, decision 0015): the birth date first,
/// then the free slots, or the booked appointment with « déplacer » and « annuler ». It shows nothing
/// of the person but their first name and their appointment, and is not indexed.
/// </summary>
[AllowAnonymous]
public sealed class ReservationModel(AppDbContext db, AccesReservation acces, ServiceReservation service, IJoignabilite joignabilite) : PageModel
{
    public const string Bloque = "Trop d'essais : par sécurité, la vérification est suspendue pendant 30 minutes. Réessayez plus tard ou appelez le service insertion.";
    public const string DateErronee = "La date de naissance ne correspond pas. Vérifiez-la : après plusieurs erreurs, le lien est suspendu pendant 30 minutes.";

    private static readonly System.Globalization.CultureInfo Francais = System.Globalization.CultureInfo.GetCultureInfo("fr-FR");

    public EtatPageReservation Etat { get; private set; }
    public string? Prenom { get; private set; }
    public RendezVousReserve? RendezVous { get; private set; }
    public IReadOnlyList<CreneauPropose> Creneaux { get; private set; } = [];
    public IReadOnlyList<CanalEnvoi> CanauxRappel { get; private set; } = [];
    public string? Erreur { get; private set; }

    [BindProperty, Display(Name = "Date de naissance")] public DateOnly? DateNaissance { get; set; }
    [BindProperty] public int CreneauId { get; set; }
    [BindProperty] public CanalEnvoi? CanalRappel { get; set; }

    public async Task<IActionResult> OnGetAsync(string jeton, CancellationToken ct)
    {
        var lien = await acces.OuvrirAsync(jeton, ct);
        if (lien is null) return Afficher(EtatPageReservation.Invalide);
        if (!acces.SessionValide(Request.Cookies[AccesReservation.Cookie], lien)) return Afficher(EtatPageReservation.Verification);
        await ChargerAsync(lien.Invitation!, ct);
        return Afficher(EtatPageReservation.Ouverte);
    }

    public async Task<IActionResult> OnPostVerifierAsync(string jeton, CancellationToken ct)
    {
        var issue = await acces.VerifierAsync(jeton, DateNaissance, HttpContext.Connection.RemoteIpAddress?.ToString() ?? "inconnue", ct);
        if (issue != IssueVerification.Valide)
            return issue switch
            {
                IssueVerification.Invalide => Afficher(EtatPageReservation.Invalide),
                IssueVerification.Bloquee => Afficher(EtatPageReservation.Verification, Bloque),
                _ => Afficher(EtatPageReservation.Verification, DateErronee),
            };
        var lien = (await acces.OuvrirAsync(jeton, ct))!;
        Response.Cookies.Append(AccesReservation.Cookie, acces.Session(lien), new CookieOptions
        {
            HttpOnly = true,
            Secure = Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            Path = LiensReservation.Chemin.TrimEnd('/'),
            IsEssential = true,
        });
        return Redirect(LiensReservation.Chemin + jeton);
    }

    public Task<IActionResult> OnPostReserverAsync(string jeton, CancellationToken ct) =>
        AgirAsync(jeton, invitation => service.ReserverAsync(invitation, CreneauId, CanalRappel, ct), ct);

    public Task<IActionResult> OnPostDeplacerAsync(string jeton, CancellationToken ct) =>
        AgirAsync(jeton, invitation => service.DeplacerAsync(invitation, CreneauId, ct), ct);

    public Task<IActionResult> OnPostAnnulerAsync(string jeton, CancellationToken ct) =>
        AgirAsync(jeton, invitation => service.AnnulerAsync(invitation, ct), ct);

    private async Task<IActionResult> AgirAsync(string jeton, Func<int, Task<ResultatAction>> action, CancellationToken ct)
    {
        var lien = await acces.OuvrirAsync(jeton, ct);
        if (lien is null) return Afficher(EtatPageReservation.Invalide);
        if (!acces.SessionValide(Request.Cookies[AccesReservation.Cookie], lien)) return Afficher(EtatPageReservation.Verification);
        var resultat = await action(lien.InvitationId);
        if (resultat.Reussi) TempData.Confirmer(resultat.Message);
        else TempData.Signaler(resultat.Message);
        return Redirect(LiensReservation.Chemin + jeton);
    }

    private async Task ChargerAsync(Invitation invitation, CancellationToken ct)
    {
        var personne = await db.Personnes.AsNoTracking().Where(p => p.Id == invitation.PersonneId).Select(p => new { p.Prenoms, p.Telephone, p.Email }).FirstAsync(ct);
        // CAF files write names in capitals: the page greets « Camille », not « CAMILLE ».
        Prenom = Francais.TextInfo.ToTitleCase(personne.Prenoms.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.ToLower(Francais) ?? "");
        var rdv = invitation.RendezVousId is int id ? await db.Set<RendezVous>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id && r.Statut == StatutRendezVous.Planifie, ct) : null;
        if (rdv is not null)
            RendezVous = new RendezVousReserve(rdv.Type, rdv.Debut, rdv.Lieu,
                await db.Structures.Where(s => s.Id == rdv.StructureId).Select(s => s.Nom).FirstOrDefaultAsync(ct), service.Modifiable(rdv));
        if (rdv is null || RendezVous!.Modifiable) Creneaux = await service.CreneauxAsync(invitation, ct);
        var fermes = await joignabilite.CanauxFermesAsync(invitation.PersonneId, ct);
        CanauxRappel = [.. new[] { (CanalEnvoi.Sms, NumeroMobile.Verifier(personne.Telephone).EstValide), (CanalEnvoi.Email, AdresseEmail.Verifier(personne.Email).EstValide) }
            .Where(c => c.Item2 && !fermes.ContainsKey(c.Item1)).Select(c => c.Item1)];
    }

    private PageResult Afficher(EtatPageReservation etat, string? erreur = null)
    {
        (Etat, Erreur) = (etat, erreur);
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        if (etat == EtatPageReservation.Invalide) Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
