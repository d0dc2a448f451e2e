using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Passerelle.Web.Features.Audit;

/// <summary>Writes journal rows as CSV for spreadsheets (semicolon-separated, UTF-8 with BOM).</summary>
public static class ExportJournal
{
    private static readonly string[] Entetes = ["Date et heure (Paris)", "Utilisateur", "Action", "Objet", "Identifiant", "Détails", "Adresse IP"];

    public static async Task EcrireAsync(IQueryable<AuditEntry> journal, Stream sortie, CancellationToken ct)
    {
        await using var ecrivain = new StreamWriter(sortie, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true) { NewLine = "\r\n" };
        await ecrivain.WriteLineAsync(string.Join(';', Entetes.Select(Cellule)));
        await foreach (var a in journal.AsNoTracking().AsAsyncEnumerable().WithCancellation(ct))
        {
            var horodatage = HeureLegale.VersParis(a.Horodatage).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            string?[] cellules = [horodatage, a.Utilisateur, AuditActions.Libelle(a.Action), a.Objet, a.ObjetId, a.Details, a.AdresseIp];
            await ecrivain.WriteLineAsync(string.Join(';', cellules.Select(Cellule)));
        }
    }

    /// <summary>
    /// Quotes when needed, and neutralises text a spreadsheet would run as a formula (CSV
    /// injection): a cell starting with = + - @ or a tab/carriage return gets a leading apostrophe.
    /// </summary>
    public static string Cellule(string? valeur)
    {
        var texte = valeur ?? "";
        if (texte.Length > 0 && texte[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            texte = "'" + texte;
        return texte.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? $"\"{texte.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : texte;
    }
}
