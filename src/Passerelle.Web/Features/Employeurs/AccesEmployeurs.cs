using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Employeurs;

/// <summary>
/// Who reaches which employer: a chargé de relation entreprise or an agent habilitated on the whole département every
/// employer of it; one limited to territoires the employers whose commune lies in them. Both record and update the
/// employers they reach; an employer whose commune has no territoire is the département-wide staff's.
/// </summary>
public sealed class AccesEmployeurs(CurrentUser user)
{
    private static readonly Role[] Roles = [Role.ChargeRelationEntreprise, Role.AgentDepartemental];

    private IEnumerable<HabilitationCourante> Habilitations => user.Habilitations.Where(h => Roles.Contains(h.Role));

    public bool ToutLeDepartement => Habilitations.Any(h => h.TerritoireId is null);

    public IReadOnlyList<int> Territoires => [.. Habilitations.Where(h => h.TerritoireId is not null).Select(h => h.TerritoireId!.Value).Distinct()];

    public bool Couvre(int? territoireId) => ToutLeDepartement || (territoireId is int t && Territoires.Contains(t));

    public IQueryable<Employeur> Atteints(IQueryable<Employeur> employeurs)
    {
        if (ToutLeDepartement) return employeurs;
        var territoires = Territoires;
        return employeurs.Where(e => e.TerritoireId != null && territoires.Contains(e.TerritoireId.Value));
    }
}
