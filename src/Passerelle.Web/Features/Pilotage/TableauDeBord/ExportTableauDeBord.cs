using Passerelle.Web.Features.Pilotage.Catalogue;
using Passerelle.Web.Platform.Export;

namespace Passerelle.Web.Features.Pilotage.TableauDeBord;

/// <summary>
/// A dashboard's table as CSV or XLSX, with the texts read on the page (« secret statistique » where a count is masked). The
/// « partenaires » variant is computed under the catalogue's secrecy (<see cref="Regroupement"/>): no count under 5 leaves.
/// </summary>
public static class ExportTableauDeBord
{
    public static string NomFichier(TableauDeBord t, string format, bool partenaires) =>
        ExportTableau.NomFichier($"tableau-de-bord-{t.Echelon.Valeur}-{t.Periode.Du:yyyyMMdd}-{t.Periode.Au:yyyyMMdd}", format, partenaires);

    public static Task EcrireAsync(TableauDeBord t, string format, Stream sortie, CancellationToken ct)
    {
        IReadOnlyList<ColonneExport<LigneTableauDeBord>> colonnes =
        [
            new("Niveau", _ => t.Echelon.Nom),
            new("Indicateur", l => l.Libelle),
            new($"Du {t.Periode.Du:dd/MM/yyyy} au {t.Periode.Au:dd/MM/yyyy}", l => TexteValeur.De(l.Valeur, l.Unite)),
            new($"Du {t.PeriodePrecedente.Du:dd/MM/yyyy} au {t.PeriodePrecedente.Au:dd/MM/yyyy}", l => TexteValeur.De(l.Precedente, l.Unite)),
            new("Évolution", ComparaisonTableau.Evolution),
            new($"Cible {t.Periode.Au.Year}", l => l.Cible is decimal c ? ExportTableau.Texte(c) : ""),
            new("Atteinte de la cible", l => l.Cible is null ? "" : ComparaisonTableau.Atteinte(l)),
            new("Source", l => l.Source),
        ];
        return format == ExportTableau.Xlsx
            ? EcritureTableur.XlsxAsync(t.Lignes, colonnes, "Tableau de bord", sortie, ct)
            : EcritureTableur.CsvAsync(t.Lignes.ToAsyncEnumerable(), colonnes, sortie, ct);
    }
}
