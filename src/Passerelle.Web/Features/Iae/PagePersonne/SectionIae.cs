using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Personnes;

namespace Passerelle.Web.Features.Iae.PagePersonne;

public sealed record LigneParcoursIae(int Id, int Version, string Structure, DateOnly DateDiagnostic, DateOnly DateEmbauche, TypeContratIae TypeContrat,
    DateOnly? DateSortie, MotifSortieIae? MotifSortie);

public sealed record FicheIaePersonne(int PersonneId, IReadOnlyList<LigneParcoursIae> Parcours, DateOnly Aujourdhui);

/// <summary>The IAE section of the person page: the person's parcours in SIAE, the exit form, the link to record a hire.</summary>
public sealed class SectionIae(ServiceIae service, AppDbContext db, Platform.HeureLegale heure) : ISectionPersonne
{
    public int Ordre => 380;
    public string Vue => "/Features/Iae/PagePersonne/_Section.cshtml";
    public EntreeSommaire? Sommaire => new("Parcours IAE", "iae");

    public async Task<object?> ChargerAsync(Personne personne, CancellationToken ct) =>
        new FicheIaePersonne(personne.Id, await service.Visibles().AsNoTracking().Where(p => p.PersonneId == personne.Id).OrderByDescending(p => p.DateEmbauche)
            .Select(p => new LigneParcoursIae(p.Id, p.Version, db.Structures.Where(s => s.Id == p.StructureId).Select(s => s.Nom).First(), p.DateDiagnostic, p.DateEmbauche,
                p.TypeContrat, p.DateSortie, p.MotifSortie)).ToListAsync(ct), heure.Aujourdhui);
}
