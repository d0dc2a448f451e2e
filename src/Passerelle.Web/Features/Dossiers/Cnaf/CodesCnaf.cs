namespace Passerelle.Web.Features.Dossiers.Cnaf;

/// <summary>
/// Code lists the XSD leaves as free strings (primer §2). A value outside them is a warning on its
/// dossier, applied with the fallback of docs/imports-cnaf.md (Imports.ControleFoyer); spreadsheets
/// show the same reason on the cell in their preview.
/// </summary>
public static class CodesCnaf
{
    public static readonly IReadOnlySet<string> Organismes = new HashSet<string>(["CAF", "MSA"], StringComparer.Ordinal);
    public static readonly IReadOnlySet<string> Roles = new HashSet<string>(["DEM", "CJT", "ENF", "AUT", "RDO"], StringComparer.Ordinal);
    public static readonly IReadOnlySet<string> EtatsDossier = new HashSet<string>(EtatsDroit.Tous, StringComparer.Ordinal);
    public static readonly IReadOnlySet<string> Sexes = new HashSet<string>(["1", "2"], StringComparer.Ordinal);

    /// <summary>Null when the code is known, otherwise the French reason.</summary>
    public static string? Verifier(string champ, string valeur) => champ switch
    {
        "FONORG" when !Organismes.Contains(valeur) => $"Organisme « {valeur} » inconnu : CAF ou MSA attendu.",
        "ROLEPERS" when !Roles.Contains(valeur) => $"Rôle « {valeur} » inconnu : DEM, CJT, ENF, AUT ou RDO attendu.",
        "ETATDOSRSA" when !EtatsDossier.Contains(valeur) => $"État du dossier RSA « {valeur} » inconnu : Z ou 0 à 6 attendu.",
        "SEXE" when !Sexes.Contains(valeur) => $"Sexe « {valeur} » inconnu : 1 ou 2 attendu.",
        "NIR" => Nir.Lire(valeur).Anomalie,
        _ => null,
    };
}
