using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers.Cnaf;
using Passerelle.Web.Features.Imports.Tableur;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Imports;

/// <summary>Chooses the reader for an import: both yield the same stream of foyers, rejects and file errors.</summary>
public sealed class LecteursImport(AppDbContext db, HeureLegale heure)
{
    public async Task<IEnumerable<ElementFluxCnaf>> LireAsync(ImportFichier import, Stream fichier, CancellationToken ct)
    {
        if (import.Type == TypeImport.Cnaf) return LecteurFluxCnaf.Lire(fichier);
        // The configuration is read when the run starts: a mapping fixed after a failure applies to its replay.
        var configuration = await db.ConfigurationsTableur.AsNoTracking().SingleOrDefaultAsync(c => c.Id == import.ConfigurationTableurId, ct);
        if (configuration is null) return [new ErreurFichierCnaf(0, "La configuration de tableur de cet import n'existe plus.")];
        return LecteurTableur.Lire(fichier, import.NomFichier, configuration, import.DateReference ?? heure.Aujourdhui);
    }
}
