using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Imports.Tableur;

[Authorize(Policy = Politiques.ImportDossiers)]
public sealed class ConfigurationsModel(AppDbContext db) : PageModel
{
    public sealed record Ligne(int Id, string Nom, SeparateurTableur Separateur, int Colonnes, bool Actif);

    public IReadOnlyList<Ligne> Configurations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var configurations = await db.ConfigurationsTableur.AsNoTracking().OrderBy(c => c.Nom).ToListAsync(ct);
        Configurations = configurations.Select(c => new Ligne(c.Id, c.Nom, c.Separateur, c.Colonnes.Count, c.Actif)).ToList();
    }

    public static string Libelle(SeparateurTableur separateur) => separateur switch
    {
        SeparateurTableur.PointVirgule => "Point-virgule",
        SeparateurTableur.Virgule => "Virgule",
        SeparateurTableur.Tabulation => "Tabulation",
        _ => "Détecté automatiquement",
    };

    public static string Libelle(EncodageTableur encodage) => encodage switch
    {
        EncodageTableur.Utf8 => "UTF-8",
        EncodageTableur.Windows1252 => "Windows-1252 (ANSI, Excel français)",
        _ => "Détecté automatiquement",
    };
}
