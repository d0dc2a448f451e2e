using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Clauses;

/// <summary>
/// Who reaches which contract: a facilitator, an agent or a chargé de relation entreprise habilitated on the whole
/// département every contract of it; one limited to territoires the contracts of those territoires only (a contract
/// without territoire belongs to the département-wide staff, as an employer without one does). Pilots and readers reach
/// no contract: they read the dashboard's totals of the whole département.
/// </summary>
public sealed class AccesClauses(CurrentUser user)
{
    public static readonly Role[] RolesGestion = [Role.FacilitateurClauses, Role.AgentDepartemental, Role.ChargeRelationEntreprise];

    private IEnumerable<HabilitationCourante> Habilitations => user.Habilitations.Where(h => RolesGestion.Contains(h.Role));

    public bool Gere => Habilitations.Any();

    public bool ToutLeDepartement => Habilitations.Any(h => h.TerritoireId is null);

    public IReadOnlyList<int> Territoires => [.. Habilitations.Where(h => h.TerritoireId is not null).Select(h => h.TerritoireId!.Value).Distinct()];

    /// <summary>Pilots and readers see the département's totals; a territorial manager only those of their contracts.</summary>
    public bool TotauxDuDepartement => ToutLeDepartement || (!Gere && user.Habilitations.Any(h => h.Role is Role.PiloteProgramme or Role.Lecteur));

    public bool Couvre(int? territoireId) => ToutLeDepartement || (territoireId is int t && Territoires.Contains(t));

    public IQueryable<MarcheClause> Atteints(IQueryable<MarcheClause> marches)
    {
        if (ToutLeDepartement) return marches;
        var territoires = Territoires;
        return marches.Where(m => m.TerritoireId != null && territoires.Contains(m.TerritoireId.Value));
    }

    /// <summary>The contracts whose hours the dashboard adds up for this reader.</summary>
    public IQueryable<MarcheClause> Comptes(IQueryable<MarcheClause> marches) => TotauxDuDepartement ? marches : Atteints(marches);
}
