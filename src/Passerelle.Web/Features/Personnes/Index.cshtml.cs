using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Data.Cache;
using Passerelle.Web.Features.Acces;
using Passerelle.Web.Features.Agenda;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Envois;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Utilisateurs;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Personnes;

/// <summary>
/// A person's parcours: step, deadlines, orientation decisions, référent, appointments and
/// deliveries, with the actions the state machine and the user's role allow. Every action goes
/// through <see cref="ServiceOrientation"/> or <see cref="ServiceRendezVous"/> with the version the
/// page was shown with; every read is audited.
/// </summary>
[Authorize(Policy = Politiques.Dossiers)]
public sealed class IndexModel(AppDbContext db, CurrentUser user, ReglesEnVigueur regles, ServiceOrientation orientation,
    ServiceRendezVous agenda, ServiceEnvois envois, AuditJournal audit, CacheDepartement cache, HeureLegale heure) : PageModel
{
    public FichePersonne Fiche { get; private set; } = null!;
    public IReadOnlyList<LigneEnvoi> Envois { get; private set; } = [];
    public IReadOnlyList<ChoixReferent> Referents { get; private set; } = [];
    /// <summary>Coming slots with a free place in the agendas the user may book from (<see cref="PerimetreAgenda"/>).</summary>
    public IReadOnlyList<Creneau> Creneaux { get; private set; } = [];
    public bool EstAgent => user.A(Role.AgentDepartemental);
    public bool EstReferentDeLaPersonne => Fiche.Parcours?.ReferentId is { } r && r == user.Id;
    public DateOnly Aujourdhui => heure.Aujourdhui;

    [BindProperty] public int Version { get; set; }
    [BindProperty] public TypeOrientation? Type { get; set; }
    [BindProperty, StringLength(1000)] public string? Motif { get; set; }
    [BindProperty] public string? Referent { get; set; }
    [BindProperty, StringLength(400)] public string? Derogation { get; set; }
    [BindProperty] public TypeRendezVous TypeRdv { get; set; }
    [BindProperty] public DateOnly? DateRdv { get; set; }
    [BindProperty] public TimeOnly? HeureRdv { get; set; }
    [BindProperty, StringLength(300)] public string? Lieu { get; set; }
    [BindProperty] public int RendezVousId { get; set; }
    [BindProperty] public int? CreneauId { get; set; }
    [BindProperty] public StatutRendezVous Statut { get; set; }
    [BindProperty] public bool Accepter { get; set; }

    public bool Peut(ActionParcours action) => Fiche.Parcours is { DateCloture: null } p && TransitionsParcours.EstPermise(p.Etape, action);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        await audit.EnregistrerMaintenantAsync(AuditActions.Consultation, nameof(Personne), id, ct: ct);
        return Page();
    }

    public Task<IActionResult> OnPostInviterAsync(int id, CancellationToken ct) =>
        AgirAsync(id, p => agenda.InviterAsync(p, Version, ct));

    public Task<IActionResult> OnPostConvoquerAsync(int id, CancellationToken ct) =>
        AgirAsync(id, p => DateRdv is { } jour && HeureRdv is { } horaire
            ? agenda.ConvoquerAsync(p, Version, TypeRdv, heure.VersUtc(jour, horaire), Lieu ?? "", null, ct)
            : Task.FromResult(ResultatAction.Refus("Indiquez la date et l'heure du rendez-vous.")));

    public Task<IActionResult> OnPostConvoquerCreneauAsync(int id, CancellationToken ct) =>
        AgirAsync(id, p => CreneauId is int creneau
            ? agenda.ConvoquerAsync(p, Version, TypeRdv, default, "", creneau, ct)
            : Task.FromResult(ResultatAction.Refus("Choisissez un créneau.")));

    public Task<IActionResult> OnPostProposerAsync(int id, CancellationToken ct) =>
        AgirAsync(id, p => Type is { } t
            ? orientation.ProposerAsync(p, Version, t, null, OrigineOrientation.Manuelle, Motif ?? "", ct)
            : Task.FromResult(ResultatAction.Refus("Choisissez le type d'orientation.")));

    public Task<IActionResult> OnPostPreOrienterAsync(int id, CancellationToken ct) =>
        AgirAsync(id, p => orientation.PreOrienterAsync(p, Version, ct));

    public Task<IActionResult> OnPostValiderAsync(int id, CancellationToken ct) =>
        AgirAsync(id, p => orientation.ValiderAsync(p, Version, ct));

    public Task<IActionResult> OnPostRefuserAsync(int id, CancellationToken ct) =>
        AgirAsync(id, p => orientation.RefuserAsync(p, Version, Motif ?? "", ct));

    public Task<IActionResult> OnPostDesignerAsync(int id, CancellationToken ct) =>
        AgirAsync(id, p => Referent?.Split('|') is [var s, var r] && int.TryParse(s, out var structure)
            ? orientation.DesignerAsync(p, Version, structure, r, Derogation, ct)
            : Task.FromResult(ResultatAction.Refus("Choisissez un référent.")));

    public Task<IActionResult> OnPostDemanderReorientationAsync(int id, CancellationToken ct) =>
        AgirAsync(id, p => Type is { } t
            ? orientation.DemanderReorientationAsync(p, Version, t, Motif ?? "", ct)
            : Task.FromResult(ResultatAction.Refus("Choisissez le type d'orientation demandé.")));

    public Task<IActionResult> OnPostDeciderReorientationAsync(int id, CancellationToken ct) =>
        AgirAsync(id, p => orientation.DeciderReorientationAsync(p, Version, Accepter, Motif, ct));

    public Task<IActionResult> OnPostStatutAsync(int id, CancellationToken ct) =>
        AgirAsync(id, _ => agenda.ChangerStatutAsync(RendezVousId, Version, Statut, ct), parcoursRequis: false);

    /// <summary>Runs one action on the person's open parcours and comes back to the page with its message.</summary>
    private async Task<IActionResult> AgirAsync(int id, Func<int, Task<ResultatAction>> action, bool parcoursRequis = true)
    {
        var perimetre = PerimetreDossiers.De(user, db);
        if (!await perimetre.Filtrer(db.Personnes).AnyAsync(x => x.Id == id)) return NotFound();
        var parcoursId = await db.Set<Parcours>().Where(p => p.PersonneId == id && p.DateCloture == null).Select(p => (int?)p.Id).FirstOrDefaultAsync();
        if (parcoursId is null && parcoursRequis) return NotFound();
        var resultat = ModelState.IsValid ? await action(parcoursId ?? 0) : ResultatAction.Refus("Un champ dépasse la longueur permise.");
        if (resultat.Reussi) TempData.Confirmer(resultat.Message);
        else TempData.Signaler(resultat.Message);
        return RedirectToPage(new { id });
    }

    private async Task<bool> ChargerAsync(int id, CancellationToken ct)
    {
        var fiche = await FichePersonne.ChargerAsync(db, PerimetreDossiers.De(user, db), regles, id, ct);
        if (fiche is null) return false;
        Fiche = fiche;
        Envois = await envois.EnvoisDeLaPersonneAsync(id, 20, ct);
        var maintenant = heure.MaintenantUtc;
        Creneaux = await PerimetreAgenda.De(user).Filtrer(db.Set<Creneau>().AsNoTracking())
            .Where(c => c.Debut > maintenant && c.Occupes < c.Capacite)
            .OrderBy(c => c.Debut).Take(50).ToListAsync(ct);
        if (fiche.Parcours is { TypeOrientation: { } type } p && Peut(ActionParcours.DesignerReferent))
        {
            var siResponsable = EstAgent ? null : user.Habilitations.Where(h => h.Role == Role.ResponsableStructure && h.StructureId is not null).Select(h => h.StructureId!.Value).ToList();
            Referents = await ChoixReferent.ListerAsync(db, cache, type, siResponsable, ct);
        }
        return true;
    }
}
