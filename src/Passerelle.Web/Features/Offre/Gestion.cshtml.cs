using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Offre;

/// <summary>The actions a user maintains; a département agent also imports a data·inclusion file here.</summary>
[Authorize(Policy = Politiques.GestionOffre)]
public sealed class GestionModel(ConsultationOffre consultation, AccesOffre acces, ImportDataInclusion import) : PageModel
{
    private const long TailleMaximale = 5 * 1024 * 1024;

    public bool Moderateur => acces.Moderateur;
    public IReadOnlyList<LigneGestion> Lignes { get; private set; } = [];
    public IReadOnlyList<FicheChoisie> Fiches { get; private set; } = [];
    public ResultatDataInclusion? Import { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => ChargerAsync(ct);

    public async Task OnPostAsync(IFormFile? fichier, int fiche, CancellationToken ct)
    {
        if (fichier is null || fichier.Length == 0) Import = new(false, "Choisissez un fichier data·inclusion à importer.", []);
        else if (fichier.Length > TailleMaximale) Import = new(false, $"Le fichier {fichier.FileName} dépasse 5 Mo : découpez-le.", []);
        else
        {
            await using var flux = fichier.OpenReadStream();
            Import = await import.ImporterAsync(flux, fiche, ct);
        }
        await ChargerAsync(ct);
    }

    private async Task ChargerAsync(CancellationToken ct)
    {
        Lignes = await consultation.GereesAsync(ct);
        if (Moderateur) Fiches = await consultation.FichesAsync(ct);
    }
}
