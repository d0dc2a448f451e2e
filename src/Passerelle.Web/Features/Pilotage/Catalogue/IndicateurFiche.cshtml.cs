using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Pilotage.Catalogue;

/// <summary>One fiche indicator: its mapping (a catalogue indicator or « saisie manuelle »), its yearly targets and its manual entries.</summary>
[Authorize(Policy = Politiques.Pilotage)]
public sealed class IndicateurFicheModel(ConsultationPilotage consultation, ServiceCorrespondances correspondances, ServiceSaisiesIndicateur saisies,
    IAuthorizationService autorisation) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public SaisieCorrespondance Correspondance { get; set; } = new(null);
    [BindProperty] public SaisieCible Cible { get; set; } = new(null, null);
    [BindProperty] public SaisieValeur Saisie { get; set; } = new(TypePeriode.Annee, null, null, null, null, null, null);
    [BindProperty] public IFormFile? Piece { get; set; }

    public VueIndicateurFiche Vue { get; private set; } = null!;
    public bool PeutModifier { get; private set; }
    public string? Erreur { get; private set; }
    public IReadOnlyList<SelectListItem> Codes { get; private set; } = [];
    public static IReadOnlyList<SelectListItem> Periodes { get; } =
        [new("Année", nameof(TypePeriode.Annee)), new("Trimestre", nameof(TypePeriode.Trimestre)), new("Mois", nameof(TypePeriode.Mois)), new("Du … au …", nameof(TypePeriode.Libre))];

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => AfficherAsync(ct);

    public async Task<IActionResult> OnPostCorrespondanceAsync(CancellationToken ct) =>
        await EcrireAsync(() => correspondances.ChoisirAsync(Id, Correspondance, ct), nameof(Correspondance), ct);

    public async Task<IActionResult> OnPostCibleAsync(CancellationToken ct) => await EcrireAsync(() => correspondances.FixerCibleAsync(Id, Cible, ct), nameof(Cible), ct);

    public async Task<IActionResult> OnPostSaisieAsync(CancellationToken ct)
    {
        PieceJointe? piece = null;
        if (Piece is { Length: > 0 } fichier)
        {
            if (ServiceSaisiesIndicateur.PieceRefusee(fichier.FileName, fichier.Length) is { } refus) return await RouvrirAsync(Ecriture.Champ("Piece", refus), nameof(Saisie), ct);
            using var memoire = new MemoryStream();
            await fichier.CopyToAsync(memoire, ct);
            piece = new PieceJointe(fichier.FileName, fichier.ContentType, memoire.ToArray());
        }
        return await EcrireAsync(() => saisies.EnregistrerAsync(Id, Saisie, piece, ct), nameof(Saisie), ct);
    }

    private async Task<IActionResult> EcrireAsync(Func<Task<Ecriture>> ecrire, string saisie, CancellationToken ct)
    {
        if (!(await autorisation.AuthorizeAsync(User, Politiques.GestionPilotage)).Succeeded) return Forbid();
        var ecriture = await ecrire();
        return this.SortieFormulaire(ecriture, $"/pilotage/indicateurs-fiche/{Id}", ServiceSaisiesIndicateur.Introuvable) ?? await RouvrirAsync(ecriture, saisie, ct);
    }

    private async Task<IActionResult> RouvrirAsync(Ecriture ecriture, string saisie, CancellationToken ct)
    {
        ModelState.Clear();
        ModelState.SignalerChamps(ecriture, saisie);
        Erreur = ecriture.MessageFormulaire;
        return await AfficherAsync(ct);
    }

    private async Task<IActionResult> AfficherAsync(CancellationToken ct)
    {
        if (await consultation.IndicateurAsync(Id, ct) is not { } vue) return NotFound();
        Vue = vue;
        PeutModifier = (await autorisation.AuthorizeAsync(User, Politiques.GestionPilotage)).Succeeded;
        Codes = [new("Saisie manuelle par le pilote", CorrespondancesIndicateurs.SaisieManuelle, vue.Correspondance == Programmes.CorrespondanceIndicateur.Saisi),
            .. CatalogueIndicateurs.Tous.Where(i => i.Unite == vue.Unite).Select(i => new SelectListItem(i.Libelle, i.Code, i.Code == vue.Code))];
        return Page();
    }
}
