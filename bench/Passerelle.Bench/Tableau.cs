using System.Globalization;

namespace Passerelle.Bench;

/// <summary>The Markdown rows of the import benchmark, each step compared with the read-only floor of its own file, in the same run.</summary>
internal static class Tableau
{
    public const string Plancher = "plancher (lecture + XSD)", Import = "import (base vide)", Reimport = "réimport (inchangé)";
    public const string PlancherMensuel = "plancher, flux du mois suivant", Mensuel = "flux du mois suivant";
    public const string PlancherModifie = "plancher, tous modifiés", Modifie = "tous les dossiers modifiés";
    public const string PlancherPetit = "plancher, fichier /10", ImportPetit = "import, fichier /10 (base vide)";

    private static readonly Dictionary<string, string> Planchers = new()
    {
        [Import] = Plancher,
        [Reimport] = Plancher,
        [Mensuel] = PlancherMensuel,
        [Modifie] = PlancherModifie,
        [ImportPetit] = PlancherPetit,
    };

    public const string Entete = """
        | base | étape | foyers | durée s | foyers/s | mémoire max Mo | durée / plancher | processeur s | processeur / plancher | charge 1 min avant → après |
        |---|---|---:|---:|---:|---:|---:|---:|---:|---|
        """;

    public static IEnumerable<string> Lignes(string baseDonnees, List<MesureImport> mesures)
    {
        foreach (var m in mesures)
        {
            var plancher = mesures.SingleOrDefault(p => p.Etape == Planchers.GetValueOrDefault(m.Etape, m.Etape)) ?? m;
            yield return string.Create(CultureInfo.InvariantCulture,
                $"| {baseDonnees} | {m.Etape} | {m.Foyers} | {m.Secondes:F1} | {m.Foyers / m.Secondes:F0} | {m.MemoireMo} | {m.Secondes / plancher.Secondes:F1} | " +
                $"{m.Processeur:F1} | {m.Processeur / plancher.Processeur:F1} | {m.Charge} |");
        }
    }
}
