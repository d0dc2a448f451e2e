using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Programmes;

/// <summary>The administration's import of programme files: the ones bundled for the département, or one uploaded.</summary>
[Authorize(Policy = Politiques.Administration)]
public sealed class AdministrationModel(AppDbContext db, ImportProgrammes import, ConsultationProgrammes consultation, CurrentUser user) : PageModel
{
    public IReadOnlyList<string> Fournis { get; private set; } = [];
    public IReadOnlyList<ResumeProgramme> Programmes { get; private set; } = [];
    public IReadOnlyList<ResultatImportProgramme> Resultats { get; private set; } = [];

    public Task OnGetAsync(CancellationToken ct) => ChargerAsync(ct);

    public async Task OnPostFournisAsync(CancellationToken ct)
    {
        Resultats = await import.ImporterFournisAsync(await db.CodeDepartementAsync(ct), Auteur, ct);
        await ChargerAsync(ct);
    }

    public async Task OnPostFichierAsync(IFormFile? fichier, CancellationToken ct)
    {
        if (fichier is null || fichier.Length == 0)
            Resultats = [new(false, "Choisissez un fichier de programme à importer.", [])];
        else
        {
            await using var flux = fichier.OpenReadStream();
            Resultats = [await import.ImporterAsync(flux, Path.GetFileName(fichier.FileName), Auteur, ct)];
        }
        await ChargerAsync(ct);
    }

    private string Auteur => user.NomComplet ?? user.Email ?? "administrateur";

    private async Task ChargerAsync(CancellationToken ct)
    {
        Fournis = ImportProgrammes.FichiersFournis(await db.CodeDepartementAsync(ct));
        Programmes = await consultation.ListeAsync(ct);
    }
}
