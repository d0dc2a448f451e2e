using Passerelle.Web.Features.Dossiers;

namespace Passerelle.Web.Features.Orientation;

public static class PerimetreParcours
{
    /// <summary>Parcours by the dossiers' rule: the territoire copied from the current dossier, or a followed person.</summary>
    public static IQueryable<Parcours> Filtrer(this PerimetreDossiers perimetre, IQueryable<Parcours> parcours)
    {
        if (perimetre.ToutLeDepartement) return parcours;
        var territoires = perimetre.Territoires;
        var suivies = perimetre.PersonnesSuivies;
        return parcours.Where(p => (p.TerritoireId != null && territoires.Contains(p.TerritoireId.Value)) || suivies.Contains(p.PersonneId));
    }
}
