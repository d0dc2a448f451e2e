using Passerelle.Web.Data;
using Passerelle.Web.Data.Cache;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Personnes;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Orientation.PagePersonne;

/// <summary>The parcours, its deadlines and the orientation and référent decisions, first on the person page.</summary>
public sealed class SectionOrientation(AppDbContext db, ReglesEnVigueur regles, ParcoursDeLaPersonne lecture, CacheDepartement cache, CurrentUser user, HeureLegale heure) : ISectionPersonne
{
    public int Ordre => 100;
    public string Vue => "/Features/Orientation/PagePersonne/_Section.cshtml";
    public EntreeSommaire? Sommaire => new("Parcours et orientation", "parcours");

    public async Task<object?> ChargerAsync(Personne personne, CancellationToken ct)
    {
        var fiche = await FicheOrientation.ChargerAsync(db, regles, lecture, personne, ct);
        fiche.EstAgent = user.A(Role.AgentDepartemental);
        fiche.EstReferentDeLaPersonne = fiche.Parcours?.ReferentId is { } r && r == user.Id;
        fiche.Aujourdhui = heure.Aujourdhui;
        if (fiche.Parcours is { TypeOrientation: { } type } && fiche.Peut(ActionParcours.DesignerReferent))
        {
            var siResponsable = fiche.EstAgent ? null : user.Habilitations.Where(h => h.Role == Role.ResponsableStructure && h.StructureId is not null).Select(h => h.StructureId!.Value).ToList();
            fiche.Referents = await ChoixReferent.ListerAsync(db, cache, type, siResponsable, ct);
        }
        return fiche;
    }
}
