using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Export;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Audit;

/// <summary>Writes journal rows as CSV for spreadsheets (semicolon-separated, UTF-8 with BOM).</summary>
public static class ExportJournal
{
    private static readonly string[] Entetes = ["Date et heure (heure légale)", "Utilisateur", "Action", "Objet", "Identifiant", "Détails", "Adresse IP"];

    public static async Task EcrireAsync(IQueryable<AuditEntry> journal, HeureLegale heure, Stream sortie, CancellationToken ct)
    {
        await using var ecrivain = new StreamWriter(sortie, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true) { NewLine = "\r\n" };
        await ecrivain.WriteLineAsync(string.Join(';', Entetes.Select(CelluleTableur.Csv)));
        await foreach (var a in journal.AsNoTracking().AsAsyncEnumerable().WithCancellation(ct))
        {
            var horodatage = heure.Local(a.Horodatage).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            string?[] cellules = [horodatage, a.Utilisateur, AuditActions.Libelle(a.Action), a.Objet, a.ObjetId, a.Details, a.AdresseIp];
            await ecrivain.WriteLineAsync(string.Join(';', cellules.Select(CelluleTableur.Csv)));
        }
    }
}
