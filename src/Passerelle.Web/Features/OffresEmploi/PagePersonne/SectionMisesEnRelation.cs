using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Personnes;

namespace Passerelle.Web.Features.OffresEmploi.PagePersonne;

public sealed record LigneMiseEnRelationPersonne(int Id, int OffreEmploiId, string Offre, string Employeur, StatutMiseEnRelation Statut, DateOnly DateProposition,
    DateOnly? DateEntretien, TypeContratOffre? TypeContrat, DateOnly? DateDebut, int? DureeMois, MotifNonRetenue? Motif);

public sealed record FicheMisesEnRelation(IReadOnlyList<LigneMiseEnRelationPersonne> MisesEnRelation);

/// <summary>
/// The person's mises en relation on the person page (decision 0012, order 550, before the exit a hire proposes): for everyone
/// who sees the person, as their parcours's steps towards a job; the offer's page is where the steps are recorded.
/// </summary>
public sealed class SectionMisesEnRelation(AppDbContext db) : ISectionPersonne
{
    public int Ordre => 550;
    public string Vue => "/Features/OffresEmploi/PagePersonne/_Section.cshtml";
    public EntreeSommaire? Sommaire => new("Mises en relation", "mises-en-relation");

    public async Task<object?> ChargerAsync(Personne personne, CancellationToken ct)
    {
        var lignes = await db.Set<MiseEnRelation>().AsNoTracking().Where(m => m.PersonneId == personne.Id)
            .OrderByDescending(m => m.DateProposition).ThenByDescending(m => m.Id)
            .Select(m => new LigneMiseEnRelationPersonne(m.Id, m.OffreEmploiId, m.Offre!.Intitule, m.Offre.Employeur!.RaisonSociale, m.Statut, m.DateProposition,
                m.DateEntretien, m.TypeContrat, m.DateDebut, m.DureeMois, m.Motif))
            .ToListAsync(ct);
        return lignes.Count == 0 ? null : new FicheMisesEnRelation(lignes);
    }
}
