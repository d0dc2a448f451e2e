using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Personnes;

namespace Passerelle.Web.Features.Publics.PagePersonne;

/// <summary>The band says which public a parcours beyond the RSA is for; the RSA's own parcours need no mention.</summary>
public sealed class ResumePublic(ParcoursDeLaPersonne lecture, PublicsDuDepartement publics) : IContributionResume
{
    public async Task<ContributionResume> ContribuerAsync(Personne personne, CancellationToken ct)
    {
        if (await lecture.CourantAsync(personne.Id, ct) is not { } parcours || parcours.Public == Parcours.PublicRsa) return ContributionResume.Vide;
        return new ContributionResume([new FaitResume(5, "Public", await publics.LibelleAsync(parcours.Public, ct))], []);
    }
}
