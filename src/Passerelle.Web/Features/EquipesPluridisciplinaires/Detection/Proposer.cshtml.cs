using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Detection;

/// <summary>
/// Puts one person forward to an EP from their page, on any thématique the département uses — what the queues do not
/// detect (a contract not respected, a CER complexe…). <see cref="ServiceDossiersEp"/> decides, as for the queues and the API.
/// </summary>
[Authorize(Policy = Politiques.GestionEquipesPluridisciplinaires)]
public sealed class ProposerModel(AppDbContext db, PerimetreDossiers perimetre, ServiceDossiersEp service, HeureLegale heure) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Personne { get; set; }
    [BindProperty] public NatureThematique? Nature { get; set; }
    [BindProperty] public string? Motif { get; set; }

    public string NomPersonne { get; private set; } = "";
    public IReadOnlyList<ThematiqueEp> Thematiques { get; private set; } = [];
    public string? Erreur { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ChargerAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await ChargerAsync(ct)) return NotFound();
        if (Nature is not NatureThematique nature)
        {
            Erreur = "Choisissez la thématique sur laquelle l'équipe doit examiner la situation.";
            return Page();
        }
        var (resultat, _) = await service.ProposerAsync(Personne, nature, Motif, heure.Aujourdhui, ct);
        if (resultat == ResultatAction.HorsPerimetre) return NotFound();
        if (!resultat.Reussi)
        {
            Erreur = resultat.Message;
            return Page();
        }
        TempData.Confirmer(resultat.Message);
        return Redirect($"/personnes/{Personne}#ep");
    }

    private async Task<bool> ChargerAsync(CancellationToken ct)
    {
        var personne = await perimetre.Filtrer(db.Personnes).AsNoTracking().Where(p => p.Id == Personne).Select(p => new { p.Prenoms, p.Nom }).FirstOrDefaultAsync(ct);
        if (personne is null) return false;
        NomPersonne = $"{personne.Prenoms} {personne.Nom}";
        Thematiques = [.. (await ThematiquesEp.ListeAsync(db, ct)).Where(t => t.Active)];
        return true;
    }
}
