using Passerelle.Web.Features.Dossiers.Cnaf;

namespace Passerelle.Web.Features.Imports;

/// <summary>Chooses the reader for an import: both yield the same stream of foyers, rejects and file errors.</summary>
public sealed class LecteursImport
{
    public Task<IEnumerable<ElementFluxCnaf>> LireAsync(ImportFichier import, Stream fichier, CancellationToken ct) => import.Type switch
    {
        TypeImport.Cnaf => Task.FromResult(LecteurFluxCnaf.Lire(fichier)),
        _ => throw new NotSupportedException($"Type d'import {import.Type} non pris en charge."),
    };
}
