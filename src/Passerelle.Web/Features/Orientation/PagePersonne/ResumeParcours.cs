using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Personnes;

namespace Passerelle.Web.Features.Orientation.PagePersonne;

/// <summary>The band's step, orientation, structure and référent, and the parcours' next deadline (issue 13).</summary>
public sealed class ResumeParcours(AppDbContext db, ParcoursDeLaPersonne lecture, ReglesEnVigueur regles) : IContributionResume
{
    public async Task<ContributionResume> ContribuerAsync(Personne personne, CancellationToken ct)
    {
        if (await lecture.CourantAsync(personne.Id, ct) is not { } parcours) return ContributionResume.Vide;
        var etape = parcours.DateCloture is { } clos ? $"parcours clos le {clos.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)}" : parcours.Etape.Libelle();
        var faits = new List<FaitResume> { new(10, "Étape", etape, "#parcours", "bandeau-etape") };
        if (parcours.TypeOrientation is { } type)
        {
            var jeu = await regles.ParCodeAsync(parcours.CodeRegles, parcours.DateEntree, ct);
            faits.Add(new(20, "Orientation", jeu.NomType(type)));
        }
        var noms = await db.Set<Parcours>().AsNoTracking().Where(p => p.Id == parcours.Id).Select(p => new
        {
            Structure = db.Structures.Where(s => s.Id == p.StructureId).Select(s => s.Nom).FirstOrDefault(),
            Referent = db.Users.Where(u => u.Id == p.ReferentId).Select(u => new { u.Nom, u.Prenom }).FirstOrDefault(),
        }).FirstAsync(ct);
        if (noms.Structure is { } structure) faits.Add(new(30, "Structure", structure));
        faits.Add(new(40, "Référent", noms.Referent is { } r ? $"{r.Prenom} {r.Nom}" : "aucun", Id: "bandeau-referent"));
        IReadOnlyList<EcheanceResume> echeances = parcours is { EcheanceProchaine: { } date, TypeEcheanceProchaine: { } nature }
            ? [new EcheanceResume(date, nature.Libelle(), "#echeances")]
            : [];
        return new ContributionResume(faits, echeances);
    }
}
