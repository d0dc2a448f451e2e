using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Sorties;

/// <summary>
/// The exit ends the référent's designation, not their work: they keep reaching the person while the
/// exit awaits their confirmation or a follow-up remains to record. Afterwards only agents see them.
/// </summary>
public sealed class AccesSorties : IAccesPersonnes
{
    public AccesPersonnes? Pour(UtilisateurPerimetre utilisateur, AppDbContext db)
    {
        if (!utilisateur.A(Role.Referent) || utilisateur.Id is not { } referent) return null;
        var personnes = db.Set<Sortie>().Where(s => s.ReferentId == referent && s.Statut == StatutSortie.Proposee).Select(s => s.PersonneId)
            .Concat(db.Set<SuiviSortie>().Where(s => s.ReferentId == referent && s.RealiseLe == null).Select(s => s.PersonneId));
        return new(personnes, $"sorties={referent}");
    }
}
