using System.Globalization;

namespace Passerelle.Web.Features.Imports;

/// <summary>The arguments of <c>import</c>, parsed by hand: four options do not justify a parsing library.</summary>
internal sealed record OptionsCommande(
    TypeImport Type, string Fichier, string Departement, bool Reprise, bool Forcer, bool Verification, string? Configuration, DateOnly? DateReference,
    int? RepriseDe = null)
{
    public const string Aide = """
        Usage :
          import cnaf <fichier.xml> --departement <code> [--reprise] [--forcer] [--verification] [--reprise-de <n°>]
          import tableur <fichier.csv|xlsx> --departement <code> --configuration <nom> [--date-reference AAAA-MM-JJ] [--forcer] [--reprise-de <n°>]
        --reprise          premier chargement d'un stock : pas de nouveaux entrants comptés
        --forcer           relit un fichier déjà importé (sinon rien n'est fait)
        --verification     lit et valide le fichier sans rien écrire
        --reprise-de <n°>  reprend l'import interrompu n° avec ce fichier corrigé (les dossiers déjà appliqués ne sont pas réécrits)
        Sur une base neuve (aucun département), le département est créé avant l'import.
        Codes de sortie : 0 import fait (avec ou sans rejets ni avertissements), 1 commande incorrecte, 2 fichier inutilisable ou interrompu.
        """;

    public static OptionsCommande? Lire(string[] args)
    {
        if (args.Length < 3 || args[0] != "import") return null;
        TypeImport? type = args[1] switch { "cnaf" => TypeImport.Cnaf, "tableur" => TypeImport.Tableur, _ => null };
        string? Valeur(string nom) => Array.IndexOf(args, nom) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        var departement = Valeur("--departement");
        var configuration = Valeur("--configuration");
        DateOnly? date = DateOnly.TryParseExact(Valeur("--date-reference") ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        int? repriseDe = int.TryParse(Valeur("--reprise-de"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        if (type is null || departement is null || type == TypeImport.Tableur && configuration is null && repriseDe is null) return null;
        if (args.Contains("--reprise-de") && repriseDe is null) return null;
        return new OptionsCommande(type.Value, args[2], departement, args.Contains("--reprise"), args.Contains("--forcer"), args.Contains("--verification"),
            configuration, date, repriseDe);
    }
}
