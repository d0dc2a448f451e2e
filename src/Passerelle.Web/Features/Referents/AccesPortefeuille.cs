using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Referents;

/// <summary>
/// A référent reaches the persons designated to them (their portefeuille), a structure head the
/// persons designated to any référent of their structure, while the designation is open.
/// </summary>
public sealed class AccesPortefeuille : IAccesPersonnes
{
    public AccesPersonnes? Pour(UtilisateurPerimetre utilisateur, AppDbContext db)
    {
        var referent = utilisateur.A(Role.Referent) ? utilisateur.Id : null;
        var structures = utilisateur.Structures(Role.ResponsableStructure);
        if (referent is null && structures.Count == 0) return null;
        var personnes = db.Set<DesignationReferent>()
            .Where(d => d.DateFin == null && ((referent != null && d.ReferentId == referent) || structures.Contains(d.StructureId)))
            .Select(d => d.PersonneId);
        return new(personnes, $"referent={referent};structures={string.Join(',', structures)}");
    }
}
