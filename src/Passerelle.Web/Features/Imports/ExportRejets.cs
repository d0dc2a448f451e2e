using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Platform.Export;

namespace Passerelle.Web.Features.Imports;

/// <summary>Rejects as CSV for whoever fixes the source file (formula injection neutralised by <see cref="EcritureTableur"/>).</summary>
public static class ExportRejets
{
    public static Task EcrireAsync(IQueryable<RejetImport> rejets, string fichier, Stream sortie, CancellationToken ct) =>
        EcritureTableur.CsvAsync(rejets.AsNoTracking().AsAsyncEnumerable(),
        [
            new ColonneExport<RejetImport>("Fichier", _ => fichier),
            new("Ligne", r => r.Ligne.ToString(CultureInfo.InvariantCulture)),
            new("NUMDEMRSA", r => r.NumDemRsa),
            new("Champ", r => r.Champ),
            new("Valeur", r => r.Valeur),
            new("Motif", r => r.Motif),
            new("Rejoué par l'import", r => r.RejoueParImportId?.ToString(CultureInfo.InvariantCulture)),
        ], sortie, ct);
}
