using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Data;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Dossiers.Doublons;

public sealed class SaisieFusion
{
    public int GardeeId { get; set; }
    public int VersionGardee { get; set; }
    public int AbsorbeeId { get; set; }
    public int VersionAbsorbee { get; set; }
}

/// <summary>The queue of probable duplicates, with a merge per pair. Data quality of the whole département: département-wide agents.</summary>
[Authorize(Policy = Politiques.ImportDossiers)]
public sealed class DoublonsModel(AppDbContext db, FusionPersonnes fusion) : PageModel
{
    public const int Maximum = 200;

    [BindProperty] public SaisieFusion Saisie { get; set; } = new();

    public IReadOnlyList<PaireDoublon> Paires { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Paires = await RechercheDoublons.TrouverAsync(db, Maximum, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var erreur = await fusion.FusionnerAsync(Saisie.GardeeId, Saisie.VersionGardee, Saisie.AbsorbeeId, Saisie.VersionAbsorbee, ct);
        if (erreur is null) TempData.Confirmer($"Fiches fusionnées : la personne n° {Saisie.AbsorbeeId} est rattachée à la personne n° {Saisie.GardeeId}, avec son historique.");
        else TempData.Signaler(erreur);
        return Redirect("/dossiers/doublons");
    }
}
