using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Employeurs.Import;

/// <summary>Imports employers from a CSV or XLSX: the columns named by the user or recognised, a check-only pass, then all or nothing.</summary>
[Authorize(Policy = Politiques.Employeurs)]
[RequestSizeLimit(TailleMaximale)]
public sealed class ImportModel(ImportEmployeurs import) : PageModel
{
    public const int TailleMaximale = 10 * 1024 * 1024;

    [BindProperty] public Dictionary<string, string?> Colonnes { get; set; } = [];
    [BindProperty] public bool MettreAJour { get; set; }
    [BindProperty] public bool Simulation { get; set; } = true;

    public ResultatImportEmployeurs? Resultat { get; private set; }
    public string? ErreurFichier { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(IFormFile? fichier, CancellationToken ct)
    {
        if (fichier is null || fichier.Length == 0)
        {
            ErreurFichier = "Choisissez le fichier des employeurs (CSV ou XLSX).";
            return Page();
        }
        await using var flux = fichier.OpenReadStream();
        Resultat = await import.ImporterAsync(flux, fichier.FileName, Colonnes, MettreAJour, Simulation, ct);
        if (!Resultat.Reussi || Resultat.Simulation) return Page();
        TempData.Confirmer($"Import terminé : {Resultat.Crees} employeur(s) créé(s), {Resultat.MisAJour} mis à jour.");
        return Redirect("/employeurs");
    }
}
