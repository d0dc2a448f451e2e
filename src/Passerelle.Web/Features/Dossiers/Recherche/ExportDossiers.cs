using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Features.Dossiers.Fiche;
using Passerelle.Web.Platform.Export;

namespace Passerelle.Web.Features.Dossiers.Recherche;

/// <summary>The whole result of a search (not only the page shown) as CSV or XLSX, with the NIR as the user may see it.</summary>
public static class ExportDossiers
{
    public const string Csv = "csv";
    public const string Xlsx = "xlsx";

    private static readonly ColonneExport<ResultatDossier>[] Colonnes =
    [
        new("Nom", r => r.Nom),
        new("Prénoms", r => r.Prenoms),
        new("Date de naissance", r => r.DateNaissance.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)),
        new("NIR", r => r.Nir),
        new("Rôle", r => r.RoleLibelle),
        new("NUMDEMRSA", r => r.NumDemRsa),
        new("Commune", r => r.Commune),
        new("Territoire", r => r.Territoire),
        new("État du droit", r => r.EtatDroitLibelle),
        new("Soumis à droits et devoirs", r => LibellesFoyer.OuiNon(r.SoumisDroitsDevoirs)),
    ];

    public static bool EstConnu(string? format) => format is Csv or Xlsx;

    public static string TypeContenu(string format) => format == Xlsx ? EcritureTableur.TypeXlsx : EcritureTableur.TypeCsv;

    public static Task EcrireAsync(string format, IQueryable<LigneDossier> requete, RechercheDossiers recherche, Stream sortie, CancellationToken ct) =>
        format == Xlsx
            ? EcritureTableur.XlsxAsync(requete.AsEnumerable().Select(recherche.Presenter), Colonnes, "Dossiers", sortie, ct)
            : EcritureTableur.CsvAsync(requete.AsAsyncEnumerable().Select(recherche.Presenter), Colonnes, sortie, ct);
}
