using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Publics;

/// <summary>
/// An agent limited to territoires reaches the persons entered by hand (no dossier carries their
/// territoire) through their parcours' territoire, taken from the commune entered at the opening.
/// </summary>
public sealed class AccesPublicsHorsRsa : IAccesPersonnes
{
    public AccesPersonnes? Pour(UtilisateurPerimetre utilisateur, AppDbContext db)
    {
        var agent = utilisateur.Habilitations.Where(h => h.Role == Role.AgentDepartemental).ToList();
        if (agent.Count == 0 || agent.Any(h => h.TerritoireId is null)) return null;
        var territoires = agent.Select(h => h.TerritoireId!.Value).Distinct().Order().ToList();
        var personnes = db.Set<Parcours>()
            .Where(p => p.Public != Parcours.PublicRsa && p.TerritoireId != null && territoires.Contains(p.TerritoireId.Value))
            .Select(p => p.PersonneId);
        return new(personnes, $"horsrsa={string.Join(',', territoires)}");
    }
}
