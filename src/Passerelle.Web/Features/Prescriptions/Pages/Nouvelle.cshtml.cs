using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Contrats;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Offre;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Prescriptions.Pages;

/// <summary>The prescription form, reached from an action of the offer searched for a person (<see cref="ServicePrescriptions"/> decides).</summary>
[Authorize(Policy = Politiques.Prescriptions)]
public sealed class NouvelleModel(AppDbContext db, PerimetreDossiers perimetre, ServicePrescriptions service, CapaciteAction capacites, AccesPrescriptions acces, HeureLegale heure) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Personne { get; set; }
    [BindProperty(SupportsGet = true)] public int Action { get; set; }
    [BindProperty] public int? Session { get; set; }
    [BindProperty] public string? Motif { get; set; }
    [BindProperty] public string? Objectif { get; set; }
    [BindProperty] public bool DateNaissance { get; set; }
    [BindProperty] public bool Telephone { get; set; }
    [BindProperty] public bool Courriel { get; set; }
    [BindProperty] public bool Freins { get; set; }
    [BindProperty] public string? Message { get; set; }
    [BindProperty] public bool Depasser { get; set; }
    [BindProperty] public string? MotifDepassement { get; set; }

    public string NomPersonne { get; private set; } = "";
    public ActionInsertion ActionChoisie { get; private set; } = null!;
    public IReadOnlyList<SessionAction> Sessions { get; private set; } = [];
    public IReadOnlyList<string> Objectifs { get; private set; } = [];
    public Capacite Capacite { get; private set; } = new(null, 0, 0);
    public bool HorsTerritoire { get; private set; }
    public bool Agent => acces.AgentDuDepartement;
    public string? Erreur { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ChargerAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await ChargerAsync(ct)) return NotFound();
        var saisie = new SaisiePrescription(Action, Session, Motif, Objectif, DateNaissance, Telephone, Courriel, Freins, Message, Depasser, MotifDepassement);
        var (resultat, _) = await service.PrescrireAsync(Personne, saisie, ct);
        if (!resultat.Reussi)
        {
            Erreur = resultat.Message;
            return Page();
        }
        TempData.Confirmer(resultat.Message);
        return Redirect($"/personnes/{Personne}#prescriptions");
    }

    private async Task<bool> ChargerAsync(CancellationToken ct)
    {
        var personne = await perimetre.Filtrer(db.Personnes).AsNoTracking().Where(p => p.Id == Personne).Select(p => new { p.Prenoms, p.Nom }).FirstOrDefaultAsync(ct);
        var action = await db.Set<ActionInsertion>().AsNoTracking().Include(a => a.Sessions).FirstOrDefaultAsync(a => a.Id == Action && a.Statut == StatutAction.Publiee, ct);
        if (personne is null || action is null) return false;
        (NomPersonne, ActionChoisie) = ($"{personne.Prenoms} {personne.Nom}", action);
        var aujourdhui = heure.Aujourdhui;
        Sessions = [.. action.Sessions.Where(s => (s.Fin ?? s.Debut) >= aujourdhui).OrderBy(s => s.Debut)];
        var objectifs = await db.Set<Contrat>().AsNoTracking().Where(c => c.PersonneId == Personne && (c.Statut == StatutContrat.EnAttente || c.Statut == StatutContrat.Valide))
            .Select(c => c.Objectifs).ToListAsync(ct);
        Objectifs = [.. objectifs.SelectMany(o => o).Select(ServicePrescriptions.Libelle).Where(o => o.Length > 0).Distinct()];
        Capacite = await capacites.PourAsync(action.Id, aujourdhui, ct);
        var territoire = await db.Set<Orientation.Parcours>().Where(p => p.PersonneId == Personne && p.DateCloture == null).Select(p => p.TerritoireId).FirstOrDefaultAsync(ct);
        HorsTerritoire = territoire is int t && action.Territoires.Count > 0 && !action.Territoires.Contains(t);
        return true;
    }
}
