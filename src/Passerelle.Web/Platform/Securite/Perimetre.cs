
namespace Passerelle.Web.Platform.Securite;

/// <summary>
/// The scope of a user's habilitations: which territoires and structures they may see.
/// Rows of other départements are already out of reach through the tenant filter; this decides
/// inside the département. Later features add persons (caseload, prescriptions) here.
/// </summary>
public sealed class Perimetre(IReadOnlyList<HabilitationCourante> habilitations)
{
    /// <summary>Roles that see every territoire and structure of their département.</summary>
    private static readonly Role[] RolesDepartementaux = [Role.Administrateur, Role.AgentDepartemental, Role.PiloteProgramme];

    private static readonly Role[] RolesDeStructure = [Role.Referent, Role.ResponsableStructure, Role.Operateur];

    private static readonly Role[] RolesDeTerritoire = [Role.AgentDepartemental];

    public bool ToutLeDepartement => habilitations.Any(h => RolesDepartementaux.Contains(h.Role) && h.TerritoireId is null);

    public IEnumerable<int> Territoires => habilitations
        .Where(h => RolesDeTerritoire.Contains(h.Role) && h.TerritoireId is not null)
        .Select(h => h.TerritoireId!.Value);

    public IEnumerable<int> Structures => habilitations
        .Where(h => RolesDeStructure.Contains(h.Role) && h.StructureId is not null)
        .Select(h => h.StructureId!.Value);

    public bool PeutVoirTerritoire(int territoireId) => ToutLeDepartement || Territoires.Contains(territoireId);

    public bool PeutVoirStructure(int structureId, IEnumerable<int> territoiresDesservis) =>
        ToutLeDepartement
        || Structures.Contains(structureId)
        || territoiresDesservis.Any(t => Territoires.Contains(t));
}
