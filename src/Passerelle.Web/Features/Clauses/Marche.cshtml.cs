using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Clauses;

/// <summary>One contract: its terms, hours planned and completed by year, its participants (and their inscription), its monthly plan.</summary>
[Authorize(Policy = Politiques.Clauses)]
public sealed class MarcheModel(ConsultationMarches consultation, ServiceParticipants participants, ServiceMarches marches, ChoixMarche choix, HeureLegale heure) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    public FicheMarche Marche { get; private set; } = null!;
    public IReadOnlyList<Choix> Employeurs { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Erreurs { get; private set; } = new Dictionary<string, string>();
    public string? Erreur { get; private set; }
    public SaisieParticipant Participant { get; private set; } = new(null, null, null, null, null);
    public DateOnly MoisCourant => new(heure.Aujourdhui.Year, heure.Aujourdhui.Month, 1);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ChargerAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostParticipantAsync(SaisieParticipant participant, CancellationToken ct)
    {
        var ecriture = await participants.InscrireAsync(Id, participant, ct);
        if (ecriture.Resultat == ServiceMarches.Introuvable) return NotFound();
        if (ecriture.Resultat.Reussi) return Revenir(ecriture.Resultat.Message, "#participants");
        (Erreurs, Erreur, Participant) = (ecriture.Erreurs, ecriture.Resultat.Message, participant);
        return await ChargerAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostPlanAsync(int version, Dictionary<string, int> plan, CancellationToken ct)
    {
        var heures = plan.Where(p => DateOnly.TryParseExact(p.Key, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            .ToDictionary(p => DateOnly.ParseExact(p.Key, "yyyy-MM", CultureInfo.InvariantCulture), p => p.Value);
        var ecriture = await marches.PlanifierAsync(Id, version, heures, ct);
        if (ecriture.Resultat == ServiceMarches.Introuvable) return NotFound();
        if (ecriture.Resultat.Reussi) return Revenir(ecriture.Resultat.Message, "#plan");
        (Erreurs, Erreur) = (ecriture.Erreurs, ecriture.Resultat.Message);
        return await ChargerAsync(ct) ? Page() : NotFound();
    }

    private RedirectResult Revenir(string message, string ancre)
    {
        TempData.Confirmer(message);
        return Redirect($"/clauses/marches/{Id}{ancre}");
    }

    private async Task<bool> ChargerAsync(CancellationToken ct)
    {
        if (await consultation.FicheAsync(Id, ct) is not { } fiche) return false;
        Marche = fiche;
        Employeurs = await choix.AttributairesAsync(ct);
        return true;
    }
}
