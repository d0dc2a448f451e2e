using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Referents;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Suivi.Equipe;

/// <summary>
/// A member of a person's follow-up team reaches that person while their membership is accepted,
/// not withdrawn and not past its end date; a member from outside the référent's structure only
/// while the person's consent to share is in force, so a withdrawal closes their access at once.
/// </summary>
public sealed class AccesEquipe(TimeProvider horloge) : IAccesPersonnes
{
    public AccesPersonnes? Pour(UtilisateurPerimetre utilisateur, AppDbContext db)
    {
        // Members are professionals who open person pages: référents and structure heads.
        if (utilisateur.Id is not { } id || !(utilisateur.A(Role.Referent) || utilisateur.A(Role.ResponsableStructure))) return null;
        // UTC day: one hour of slack at most around midnight, on a date the référent chose by the day.
        var aujourdhui = DateOnly.FromDateTime(horloge.GetUtcNow().UtcDateTime);
        var personnes = db.Set<MembreEquipe>()
            .Where(m => m.UtilisateurId == id && m.Statut == StatutMembre.Accepte && m.RetireLe == null && m.DateFin >= aujourdhui
                && (db.Set<ConsentementPartage>().Any(c => c.PersonneId == m.PersonneId && c.RetireLe == null)
                    || db.Set<DesignationReferent>().Any(d => d.PersonneId == m.PersonneId && d.DateFin == null && d.StructureId == m.StructureId)))
            .Select(m => m.PersonneId);
        return new(personnes, $"equipe={id}");
    }
}
