using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Prescriptions;

/// <summary>
/// Which prescriptions a user reaches, outside the person page: an operator those sent to the structures they are
/// habilitated on (and of the person, only what was shared); an agent of the whole département all of them; a
/// référent or an agent limited to territoires those of the persons of their scope. Nobody else.
/// </summary>
public sealed class AccesPrescriptions(CurrentUser user, PerimetreDossiers perimetre)
{
    public IReadOnlyList<int> StructuresOperees =>
        [.. user.Habilitations.Where(h => h.Role == Role.Operateur && h.StructureId is not null).Select(h => h.StructureId!.Value).Distinct()];

    /// <summary>Answers, enters and exits: the operator of the action's structure.</summary>
    public bool EstOperateur(Prescription p) => StructuresOperees.Contains(p.StructureId);

    public string? UtilisateurId => user.Id;

    public bool AgentDuDepartement => user.Habilitations.Any(h => h.Role == Role.AgentDepartemental && h.TerritoireId is null);

    public IQueryable<Prescription> Visibles(IQueryable<Prescription> prescriptions, IQueryable<Personne> personnes)
    {
        if (AgentDuDepartement) return prescriptions;
        var structures = StructuresOperees;
        var suivies = perimetre.Filtrer(personnes).Select(p => p.Id);
        if (structures.Count == 0) return prescriptions.Where(p => suivies.Contains(p.PersonneId));
        if (!user.Habilitations.Any(h => Politiques.RolesDossiers.Contains(h.Role))) return prescriptions.Where(p => structures.Contains(p.StructureId));
        return prescriptions.Where(p => structures.Contains(p.StructureId) || suivies.Contains(p.PersonneId));
    }
}
