using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Diagnostic.Rome;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Immersions;

public sealed record ImmersionLue(int Id, int Version, int PersonneId, string Accueil, DateOnly DateDebut, DateOnly DateFin, DateOnly? DateFinRenouvellement,
    string CodeRome, string? Metier, ObjetImmersion Objet, IssueImmersion? Issue, string PrescritPar);

/// <summary>The immersions as their readers see them, always within the persons' scope (<see cref="AccesImmersions"/>).</summary>
public sealed class ConsultationImmersions(AppDbContext db, AccesImmersions acces, ReferentielRome rome)
{
    public async Task<Page<ImmersionLue>> ListeAsync(int? personneId, int? page, int? taille, CancellationToken ct)
    {
        var immersions = acces.Visibles().AsNoTracking();
        if (personneId is int personne) immersions = immersions.Where(i => i.PersonneId == personne);
        var lignes = await Projeter(immersions.OrderByDescending(i => i.DateDebut).ThenByDescending(i => i.Id)).PaginerAsync(page, taille, ct);
        return lignes.Convertir(Completer);
    }

    public async Task<ImmersionLue?> LireAsync(int id, CancellationToken ct) =>
        await Projeter(acces.Visibles().AsNoTracking().Where(i => i.Id == id)).FirstOrDefaultAsync(ct) is { } lue ? Completer(lue) : null;

    private IQueryable<ImmersionLue> Projeter(IQueryable<Immersion> immersions) =>
        immersions.Select(i => new ImmersionLue(i.Id, i.Version, i.PersonneId,
            db.Set<Employeurs.Employeur>().Where(e => e.Id == i.EmployeurId).Select(e => e.RaisonSociale).FirstOrDefault()
                ?? db.Structures.Where(s => s.Id == i.StructureId).Select(s => s.Nom).FirstOrDefault() ?? "",
            i.DateDebut, i.DateFin, i.DateFinRenouvellement, i.CodeRome, null, i.Objet, i.Issue, i.PrescritParNom));

    private ImmersionLue Completer(ImmersionLue i) => i with { Metier = rome.Trouver(i.CodeRome)?.Libelle };
}
