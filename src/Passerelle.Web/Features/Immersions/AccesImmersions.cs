using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;

namespace Passerelle.Web.Features.Immersions;

/// <summary>An immersion is reached as its person is: through <see cref="PerimetreDossiers"/>, for reading and writing alike.</summary>
public sealed class AccesImmersions(PerimetreDossiers perimetre, AppDbContext db)
{
    public IQueryable<Immersion> Visibles()
    {
        var immersions = db.Set<Immersion>().AsQueryable();
        if (perimetre.ToutLeDepartement) return immersions;
        var personnes = perimetre.Filtrer(db.Personnes).Select(p => p.Id);
        return immersions.Where(i => personnes.Contains(i.PersonneId));
    }

    public IQueryable<Personne> Personnes() => perimetre.Filtrer(db.Personnes);
}
