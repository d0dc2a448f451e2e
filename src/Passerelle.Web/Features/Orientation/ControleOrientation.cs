using Passerelle.Web.Features.Dossiers;

namespace Passerelle.Web.Features.Orientation;

/// <summary>
/// Who may be oriented (primer §3.4): the demandeur or the conjoint of the dossier, soumis aux
/// droits et devoirs, with no open équipe pluridisciplinaire case about them. EP cases do not exist
/// yet (a later capability): when they do, their open case joins this check.
/// </summary>
public static class ControleOrientation
{
    private static readonly string[] RolesOrientables = ["DEM", "CJT"];

    /// <returns>null when the person may be oriented, else the French reason.</returns>
    public static string? Verifier(Personne personne)
    {
        if (!personne.SoumisDroitsDevoirs)
            return $"{personne.Prenoms} {personne.Nom} n'est pas soumis(e) aux droits et devoirs : pas d'orientation.";
        if (!RolesOrientables.Contains(personne.RoleCourant))
            return $"{personne.Prenoms} {personne.Nom} n'est ni demandeur ni conjoint du dossier : seuls eux sont orientés.";
        return null;
    }
}
