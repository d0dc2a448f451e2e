using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Personnes;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Publics.PagePersonne;

/// <param name="PublicSuivi">The label of the open parcours' public when it is not the RSA.</param>
/// <param name="Publics">The publics an agent may open a parcours for, when the person has none open.</param>
public sealed record ModeleOuverture(int PersonneId, string? PublicSuivi, IReadOnlyList<PublicPropose>? Publics);

/// <summary>
/// The public of a parcours opened beyond the RSA; for an agent, on a known person without an open
/// parcours, the form to open one.
/// </summary>
public sealed class SectionOuverture(ParcoursDeLaPersonne lecture, CurrentUser user, PublicsDuDepartement publics) : ISectionPersonne
{
    public int Ordre => 90;
    public string Vue => "/Features/Publics/PagePersonne/_Section.cshtml";

    public async Task<object?> ChargerAsync(Personne personne, CancellationToken ct)
    {
        var ouvert = (await lecture.OuvertAsync(personne.Id, ct))?.Public;
        if (ouvert is not null)
            return ouvert == Parcours.PublicRsa ? null : new ModeleOuverture(personne.Id, await publics.LibelleAsync(ouvert, ct), null);
        return user.A(Role.AgentDepartemental) ? new ModeleOuverture(personne.Id, null, await publics.ListerAsync(ct)) : null;
    }
}
