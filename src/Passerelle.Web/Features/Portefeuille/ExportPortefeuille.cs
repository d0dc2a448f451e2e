using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Platform.Export;

namespace Passerelle.Web.Features.Portefeuille;

/// <summary>The whole filtered caseload (not only the page shown) as CSV or XLSX.</summary>
public static class ExportPortefeuille
{
    public const string Csv = "csv";
    public const string Xlsx = "xlsx";

    /// <summary>Rows are completed by batches so that appointments are read for a bounded set of persons at a time.</summary>
    private const int Lot = 500;

    private static string? Date(DateOnly? d) => d?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static readonly ColonneExport<PersonnePortefeuille>[] Colonnes =
    [
        new("Nom", r => r.Nom),
        new("Prénoms", r => r.Prenoms),
        new("Orientation", r => r.Orientation),
        new("Désigné le", r => Date(r.DateDebut)),
        new("Prochaine échéance", r => Date(r.Echeance)),
        new("Échéance", r => r.EcheanceLibelle),
        new("Jours de retard", r => r.EnRetard ? r.JoursRetard.ToString(CultureInfo.InvariantCulture) : ""),
        new("Dernier contact", r => Date(r.DernierContact)),
        new("Contrat", r => r.Contrat),
        new("Prochain rendez-vous", r => r.ProchainRdv?.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)),
    ];

    public static bool EstConnu(string? format) => format is Csv or Xlsx;

    public static string TypeContenu(string format) => format == Xlsx ? EcritureTableur.TypeXlsx : EcritureTableur.TypeCsv;

    public static async Task EcrireAsync(string format, IQueryable<LignePortefeuille> requete, RequetePortefeuille portefeuille, Stream sortie, CancellationToken ct)
    {
        var lignes = await requete.ToListAsync(ct);
        var personnes = new List<PersonnePortefeuille>(lignes.Count);
        foreach (var lot in lignes.Chunk(Lot))
            personnes.AddRange(await portefeuille.PresenterAsync(lot, ct));
        if (format == Xlsx) await EcritureTableur.XlsxAsync(personnes, Colonnes, "Portefeuille", sortie, ct);
        else await EcritureTableur.CsvAsync(personnes.ToAsyncEnumerable(), Colonnes, sortie, ct);
    }
}
