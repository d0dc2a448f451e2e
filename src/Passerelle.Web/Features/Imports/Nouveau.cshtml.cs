using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Imports;

public sealed class SaisieImport
{
    public TypeImport Type { get; set; } = TypeImport.Cnaf;
    public int? ConfigurationId { get; set; }
    public DateOnly? DateReference { get; set; }
    public bool Reprise { get; set; }
    public bool Forcer { get; set; }
}

/// <summary>
/// Upload of a CNAF/MSA flux or a spreadsheet. The request size limit is lifted here and checked
/// against <c>Imports:TailleMaximaleOctets</c> with a clear message instead of a bare 413.
/// </summary>
[Authorize(Policy = Politiques.ImportDossiers)]
[DisableRequestSizeLimit]
[RequestFormLimits(MultipartBodyLengthLimit = long.MaxValue)]
public sealed class NouveauModel(AppDbContext db, CreationImport creation, StockageImports stockage, CurrentUser utilisateur, HeureLegale heure) : PageModel
{
    [BindProperty] public SaisieImport Saisie { get; set; } = new();

    public IReadOnlyList<SelectListItem> Configurations { get; private set; } = [];
    public long TailleMaximale => stockage.TailleMaximale;
    public IReadOnlyList<SelectListItem> Types { get; } =
        [new("Flux Bénéficiaire CNAF ou MSA (XML)", nameof(TypeImport.Cnaf)), new("Tableur (CSV ou XLSX) selon une configuration", nameof(TypeImport.Tableur))];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Saisie.DateReference = heure.Aujourdhui;
        await PreparerAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? fichier, CancellationToken ct)
    {
        if (Request.ContentLength > stockage.TailleMaximale)
            ModelState.AddModelError("fichier", $"Le fichier fait {ImportsApi.TailleLisible(Request.ContentLength.Value)} ; la taille maximale acceptée en ligne est {ImportsApi.TailleLisible(stockage.TailleMaximale)}. Découpez le flux ou faites-le importer par la commande « import » sur le serveur.");
        else if (fichier is null || fichier.Length == 0)
            ModelState.AddModelError("fichier", "Choisissez un fichier non vide.");
        if (Saisie.Type == TypeImport.Tableur && Saisie.ConfigurationId is null)
            ModelState.AddModelError("Saisie.ConfigurationId", CreationImport.ConfigurationIntrouvable);
        if (Saisie.Type == TypeImport.Tableur && Saisie.DateReference is null)
            ModelState.AddModelError("Saisie.DateReference", "Indiquez la date à laquelle l'extraction décrit les dossiers.");
        if (!ModelState.IsValid)
        {
            await PreparerAsync(ct);
            return Page();
        }
        await using var contenu = fichier!.OpenReadStream();
        var demande = new DemandeImport(Saisie.Type, fichier.FileName, utilisateur.Email ?? "?", Saisie.Reprise,
            Saisie.Type == TypeImport.Tableur ? Saisie.ConfigurationId : null, Saisie.Type == TypeImport.Tableur ? Saisie.DateReference : null, Saisie.Forcer);
        var resultat = await creation.CreerAsync(contenu, demande, ct);
        if (resultat.Import is { } import) return Redirect($"/imports/{import.Id}");
        if (resultat.Refus is { } refus)
        {
            ModelState.AddModelError("Saisie.ConfigurationId", refus);
            await PreparerAsync(ct);
            return Page();
        }
        var deja = resultat.DejaImporte!;
        TempData.Informer($"Ce fichier a déjà été importé le {heure.DateEtHeure(deja.CreeLe)} (import n° {deja.Id}) : rien n'a été modifié. Cochez « Relire le fichier même s'il a déjà été importé » pour le relire.");
        return Redirect($"/imports/{deja.Id}");
    }

    private async Task PreparerAsync(CancellationToken ct) =>
        Configurations = [new SelectListItem("— Aucune —", ""), .. await db.ConfigurationsTableur.Where(c => c.Actif).OrderBy(c => c.Nom)
            .Select(c => new SelectListItem(c.Nom, c.Id.ToString())).ToListAsync(ct)];
}
