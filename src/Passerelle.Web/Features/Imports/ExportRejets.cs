using System.Text;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Features.Audit;

namespace Passerelle.Web.Features.Imports;

/// <summary>Rejects as CSV for whoever fixes the source file (semicolons, UTF-8 with BOM, formula injection neutralised).</summary>
public static class ExportRejets
{
    private static readonly string[] Entetes = ["Fichier", "Ligne", "NUMDEMRSA", "Champ", "Valeur", "Motif", "Rejoué par l'import"];

    public static async Task EcrireAsync(IQueryable<RejetImport> rejets, string fichier, Stream sortie, CancellationToken ct)
    {
        await using var ecrivain = new StreamWriter(sortie, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true) { NewLine = "\r\n" };
        await ecrivain.WriteLineAsync(string.Join(';', Entetes.Select(ExportJournal.Cellule)));
        await foreach (var r in rejets.AsNoTracking().AsAsyncEnumerable().WithCancellation(ct))
        {
            string?[] cellules = [fichier, r.Ligne.ToString(System.Globalization.CultureInfo.InvariantCulture), r.NumDemRsa, r.Champ, r.Valeur, r.Motif,
                r.RejoueParImportId?.ToString(System.Globalization.CultureInfo.InvariantCulture)];
            await ecrivain.WriteLineAsync(string.Join(';', cellules.Select(ExportJournal.Cellule)));
        }
    }
}
