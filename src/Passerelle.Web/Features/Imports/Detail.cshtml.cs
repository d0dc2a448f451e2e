using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Imports.Tableur;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Imports;

/// <summary>
/// One run: live progress, report, rejects (paged, CSV), replay; for a spreadsheet, the preview before launch;
/// for an interrupted run, the upload of the corrected file that resumes it.
/// </summary>
[Authorize(Policy = Politiques.ImportDossiers)]
[DisableRequestSizeLimit]
[RequestFormLimits(MultipartBodyLengthLimit = long.MaxValue)]
public sealed class DetailModel(AppDbContext db, StockageImports stockage, CreationImport creation, SignalImports signal, CurrentUser utilisateur, HeureLegale heure) : PageModel
{
    public const int RejetsParPage = 50;

    [BindProperty(SupportsGet = true)] public int Numero { get; set; } = 1;

    public ImportFichier Import { get; private set; } = null!;
    public ProgressionImport Progression { get; private set; } = null!;
    public Page<RejetImport> Rejets { get; private set; } = new([], 1, RejetsParPage, 0);
    public IReadOnlyDictionary<string, int> DossiersConnus { get; private set; } = new Dictionary<string, int>();
    public ApercuFichierTableur? Apercu { get; private set; }
    public int RejetsOuverts { get; private set; }
    /// <summary>The runs that resumed this one with a corrected file, latest first.</summary>
    public IReadOnlyList<int> Reprises { get; private set; } = [];
    public bool PeutReprendre { get; private set; }
    public string? ErreurReprise { get; private set; }
    public long TailleMaximale => stockage.TailleMaximale;

    public bool PeutRejouer => Import.EstFini && Import.Statut != StatutImport.Interrompu && (RejetsOuverts > 0 || Import.Statut == StatutImport.Echoue);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        Rejets = await db.RejetsImport.AsNoTracking().Where(r => r.ImportId == id).OrderBy(r => r.Ligne).ThenBy(r => r.Id).PaginerAsync(Numero, RejetsParPage, ct);
        var numeros = Rejets.Elements.Select(r => r.NumDemRsa).OfType<string>().ToList();
        DossiersConnus = await db.Dossiers.Where(d => numeros.Contains(d.NumDemRsa)).ToDictionaryAsync(d => d.NumDemRsa, d => d.Id, ct);
        RejetsOuverts = await db.RejetsImport.CountAsync(r => r.ImportId == id && r.RejoueParImportId == null, ct);
        if (Import.Statut == StatutImport.Apercu) Apercu = await ApercevoirAsync(ct);
        return Page();
    }

    /// <summary>The agent uploads the corrected file of an interrupted import; the new run is linked to it.</summary>
    public async Task<IActionResult> OnPostReprendreAsync(int id, IFormFile? fichier, CancellationToken ct)
    {
        if (await creation.AReprendreAsync(id, ct) is not { } interrompu)
        {
            TempData.Signaler("Cet import n'est pas interrompu, ou un fichier corrigé l'a déjà repris.");
            return Redirect($"/imports/{id}");
        }
        if (Request.ContentLength > stockage.TailleMaximale || fichier is null || fichier.Length == 0)
        {
            ErreurReprise = fichier is null || fichier.Length == 0 ? "Choisissez le fichier corrigé (non vide)."
                : $"Le fichier dépasse la taille maximale acceptée en ligne ({ImportsApi.TailleLisible(stockage.TailleMaximale)}) : reprenez l'import par la commande « import … --reprise-de {id} » sur le serveur.";
            return await OnGetAsync(id, ct);
        }
        await using var contenu = fichier.OpenReadStream();
        var resultat = await creation.CreerAsync(contenu, DemandeImport.Reprendre(interrompu, fichier.FileName, utilisateur.Email ?? "?"), ct);
        TempData.Confirmer($"Reprise lancée (import n° {resultat.Import!.Id}) : les dossiers déjà appliqués seront reconnus sans être réécrits.");
        return Redirect($"/imports/{resultat.Import.Id}");
    }

    public async Task<IActionResult> OnPostLancerAsync(int id, CancellationToken ct)
    {
        var lances = await db.Imports.Where(i => i.Id == id && i.Statut == StatutImport.Apercu)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Statut, StatutImport.EnAttente).SetProperty(i => i.Version, i => i.Version + 1), ct);
        if (lances == 0) return NotFound();
        signal.Reveiller();
        TempData.Confirmer("Import lancé : l'avancement s'affiche ci-dessous.");
        return Redirect($"/imports/{id}");
    }

    public async Task<IActionResult> OnPostRejouerAsync(int id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        RejetsOuverts = await db.RejetsImport.CountAsync(r => r.ImportId == id && r.RejoueParImportId == null, ct);
        if (!PeutRejouer)
        {
            TempData.Signaler("Rien à rejouer : l'import n'est pas terminé ou ses rejets ont déjà été rejoués.");
            return Redirect($"/imports/{id}");
        }
        var rejeu = await creation.RejouerAsync(Import, utilisateur.Email ?? "?", ct);
        TempData.Confirmer($"Rejeu lancé (import n° {rejeu.Id}) avec la configuration et les référentiels actuels.");
        return Redirect($"/imports/{rejeu.Id}");
    }

    public async Task<IActionResult> OnGetRejetsAsync(int id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"rejets-import-{id}.csv\"";
        await ExportRejets.EcrireAsync(db.RejetsImport.Where(r => r.ImportId == id).OrderBy(r => r.Ligne), Import.NomFichier, Response.Body, ct);
        return new EmptyResult();
    }

    private async Task<bool> ChargerAsync(int id, CancellationToken ct)
    {
        if (await db.Imports.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct) is not { } import) return false;
        Import = import;
        Progression = ProgressionImport.De(import, heure.MaintenantUtc);
        Reprises = await db.Imports.Where(i => i.RepriseDeId == id).OrderByDescending(i => i.Id).Select(i => i.Id).ToListAsync(ct);
        PeutReprendre = await creation.AReprendreAsync(id, ct) is not null;
        return true;
    }

    private async Task<ApercuFichierTableur?> ApercevoirAsync(CancellationToken ct)
    {
        var configuration = await db.ConfigurationsTableur.AsNoTracking().SingleOrDefaultAsync(c => c.Id == Import.ConfigurationTableurId, ct);
        if (configuration is null) return null;
        await using var fichier = stockage.Ouvrir(Import.CheminFichier);
        return ApercuTableur.Construire(fichier, Import.NomFichier, configuration, Import.DateReference ?? heure.Aujourdhui);
    }
}
