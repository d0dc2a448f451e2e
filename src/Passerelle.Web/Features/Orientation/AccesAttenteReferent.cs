using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Orientation;

/// <summary>
/// A structure head also reaches the persons oriented to their structure and still waiting for a
/// référent: they are the one who assigns them.
/// </summary>
public sealed class AccesAttenteReferent : IAccesPersonnes
{
    public AccesPersonnes? Pour(UtilisateurPerimetre utilisateur, AppDbContext db)
    {
        var structures = utilisateur.Structures(Role.ResponsableStructure);
        if (structures.Count == 0) return null;
        var personnes = db.Set<Parcours>()
            .Where(p => p.DateCloture == null && p.ReferentId == null && p.StructureId != null && structures.Contains(p.StructureId.Value))
            .Select(p => p.PersonneId);
        return new(personnes, $"attente={string.Join(',', structures)}");
    }
}
