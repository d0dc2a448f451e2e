namespace Passerelle.Web.Features.Dossiers.Cnaf;

/// <summary>
/// Code lists the XSD leaves as free strings (primer §2); a value outside them rejects the foyer
/// because the import could not tell what right or role it means.
/// </summary>
public static class CodesCnaf
{
    public static readonly IReadOnlySet<string> Organismes = new HashSet<string>(["CAF", "MSA"], StringComparer.Ordinal);
    public static readonly IReadOnlySet<string> Roles = new HashSet<string>(["DEM", "CJT", "ENF", "AUT", "RDO"], StringComparer.Ordinal);
    public static readonly IReadOnlySet<string> EtatsDossier = new HashSet<string>(["Z", "0", "1", "2", "3", "4", "5", "6"], StringComparer.Ordinal);
    public static readonly IReadOnlySet<string> Sexes = new HashSet<string>(["1", "2"], StringComparer.Ordinal);

    /// <summary>Null when the code is known, otherwise the French reason.</summary>
    public static string? Verifier(string champ, string valeur) => champ switch
    {
        "FONORG" when !Organismes.Contains(valeur) => "Organisme inconnu : CAF ou MSA attendu.",
        "ROLEPERS" when !Roles.Contains(valeur) => "Rôle de la personne inconnu : DEM, CJT, ENF, AUT ou RDO attendu.",
        "ETATDOSRSA" when !EtatsDossier.Contains(valeur) => "État du dossier RSA inconnu : Z ou 0 à 6 attendu.",
        "SEXE" when !Sexes.Contains(valeur) => "Sexe inconnu : 1 ou 2 attendu.",
        "NIR" => Nir.Verifier(valeur),
        _ => null,
    };
}
