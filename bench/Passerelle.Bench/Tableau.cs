using System.Globalization;

namespace Passerelle.Bench;

/// <summary>The Markdown rows of the import benchmark, each step compared with the parse-only floor of the same file.</summary>
internal static class Tableau
{
    public const string Plancher = "plancher (lecture + XSD)", Import = "import (base vide)", Reimport = "réimport (inchangé)";
    public const string PlancherPetit = "plancher, fichier /10", ImportPetit = "import, fichier /10 (base vide)";

    public static IEnumerable<string> Lignes(string baseDonnees, int foyers, List<MesureImport> mesures)
    {
        var plancher = mesures.Single(m => m.Etape == Plancher).Secondes;
        var plancherPetit = mesures.SingleOrDefault(m => m.Etape == PlancherPetit)?.Secondes;
        foreach (var m in mesures)
        {
            var petit = m.Etape is PlancherPetit or ImportPetit;
            var nombre = petit ? foyers / 10 : foyers;
            var reference = petit ? plancherPetit ?? plancher : plancher;
            yield return string.Create(CultureInfo.InvariantCulture,
                $"| {baseDonnees} | {m.Etape} | {nombre} | {m.Secondes:F1} | {nombre / m.Secondes:F0} | {m.MemoireMo} | {m.Secondes / reference:F1} |");
        }
    }
}
