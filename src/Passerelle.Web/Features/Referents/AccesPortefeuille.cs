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
        var ouvertes = db.Set<DesignationReferent>().Where(d => d.DateFin == null);
        // One condition per reach rather than « (@referent IS NOT NULL AND …) OR … »: behind that OR, PostgreSQL reads every
        // open designation of the département instead of the référent's index (45 of the 53 ms of a référent's search, issue 13).
        var designations = structures.Count == 0 ? ouvertes.Where(d => d.ReferentId == referent)
            : referent is null ? ouvertes.Where(d => structures.Contains(d.StructureId))
            : ouvertes.Where(d => d.ReferentId == referent || structures.Contains(d.StructureId));
        var personnes = designations.Select(d => d.PersonneId);
        return new(personnes, $"referent={referent};structures={string.Join(',', structures)}");
    }
}
