using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Orientation;

/// <summary>
/// One condition a person must meet to be oriented or re-oriented. Each feature that can block an
/// orientation (an open équipe pluridisciplinaire case, …) registers its own in its <c>AddX()</c>
/// with <see cref="OrientationRegistration.AddControleOrientation{T}"/>; the orientation service asks them all.
/// </summary>
public interface IControleOrientation
{
    /// <param name="parcours">The open parcours, its <see cref="Parcours.Personne"/> loaded.</param>
    /// <returns>null when the person may be oriented, else the French reason.</returns>
    Task<string?> VerifierAsync(Parcours parcours, CancellationToken ct);
}

/// <summary>
/// Who may be oriented at all (primer §3.4): the demandeur or the conjoint of the dossier, soumis
/// aux droits et devoirs. A parcours opened for a public beyond the RSA has no such condition.
/// </summary>
public sealed class ControleDroitsDevoirs : IControleOrientation
{
    private static readonly string[] RolesOrientables = ["DEM", "CJT"];

    public Task<string?> VerifierAsync(Parcours parcours, CancellationToken ct) =>
        Task.FromResult(parcours.Public == Parcours.PublicRsa ? Verifier(parcours.Personne!) : null);

    private static string? Verifier(Personne personne)
    {
        if (!personne.SoumisDroitsDevoirs)
            return $"{NomPersonne.Afficher(personne.Nom, personne.Prenoms)} n'est pas soumis(e) aux droits et devoirs : pas d'orientation.";
        if (!RolesOrientables.Contains(personne.RoleCourant))
            return $"{NomPersonne.Afficher(personne.Nom, personne.Prenoms)} n'est ni demandeur ni conjoint du dossier : seuls eux sont orientés.";
        return null;
    }
}
