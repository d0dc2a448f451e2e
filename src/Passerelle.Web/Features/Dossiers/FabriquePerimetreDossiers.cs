using Passerelle.Web.Data;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Dossiers;

/// <summary>
/// Builds a <see cref="PerimetreDossiers"/> from the rules the features registered: for the
/// signed-in user (the scoped <see cref="PerimetreDossiers"/> service) or for another one (the
/// recipient of a digest, computed in a background job).
/// </summary>
public sealed class FabriquePerimetreDossiers(AppDbContext db, IEnumerable<IAccesPersonnes> regles)
{
    public PerimetreDossiers Pour(IReadOnlyList<HabilitationCourante> habilitations, string? utilisateurId)
    {
        var utilisateur = new UtilisateurPerimetre(habilitations, utilisateurId);
        var acces = regles.Select(r => r.Pour(utilisateur, db)).OfType<AccesPersonnes>();
        return new PerimetreDossiers(habilitations, acces, db.Personnes.Where(p => false).Select(p => p.Id));
    }

    public PerimetreDossiers Pour(CurrentUser user) => Pour(user.Habilitations, user.Id);
}
