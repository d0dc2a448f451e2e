using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Programmes;

public sealed record ResumeProgramme(int Id, string Code, TypeProgramme Type, string Titre, DateOnly Debut, DateOnly Fin, int Fiches, int SousActions, int Indicateurs);

/// <summary>One node of a programme's tree as the tree page and the API show it.</summary>
public sealed record NoeudProgramme(int Id, int? ParentId, NiveauElement Niveau, string Code, string Titre, string? Description, string? Pilote, int Indicateurs)
{
    public List<NoeudProgramme> Enfants { get; } = [];
}

public sealed record ArbreProgramme(ResumeProgramme Programme, string Source, string? Presentation, DateTime ImporteLe, string ImportePar,
    IReadOnlyList<PartenaireProgramme> Partenaires, IReadOnlyList<NoeudProgramme> Racines, decimal Financements);

public sealed record VersionResumee(int Numero, DateTime Le, string Par, string Motif, IReadOnlyList<string> Changements);

/// <summary>A fiche-action as its page, its PDF and the API show it: where it sits, what it says (now or in a past version), its history.</summary>
public sealed record VueFiche(int Id, int Version, ResumeProgramme Programme, IReadOnlyList<NoeudProgramme> Chemin, NoeudProgramme Element,
    ContenuFiche Contenu, IReadOnlyList<NoeudProgramme> SousActions, IReadOnlyList<VersionResumee> Versions, int? VersionAffichee);

/// <summary>The reads of the programme pages and API, within the current département (query filters).</summary>
public sealed class ConsultationProgrammes(AppDbContext db)
{
    public Task<List<ResumeProgramme>> ListeAsync(CancellationToken ct) =>
        db.Set<Programme>().AsNoTracking().OrderBy(p => p.Debut).ThenBy(p => p.Code).Select(Resume()).ToListAsync(ct);

    public async Task<ArbreProgramme?> ArbreAsync(int id, CancellationToken ct)
    {
        var programme = await db.Set<Programme>().AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.Source, p.Presentation, p.ImporteLe, p.ImportePar }).FirstOrDefaultAsync(ct);
        if (programme is null) return null;
        var resume = await db.Set<Programme>().AsNoTracking().Where(p => p.Id == id).Select(Resume()).FirstAsync(ct);
        var partenaires = await db.Set<PartenaireProgramme>().AsNoTracking().Where(p => p.ProgrammeId == id).OrderBy(p => p.Ordre).ToListAsync(ct);
        var montant = await db.Set<LigneFinancement>().Where(l => l.ProgrammeId == id).SumAsync(l => (decimal?)l.Montant, ct) ?? 0;
        return new ArbreProgramme(resume, programme.Source, programme.Presentation, programme.ImporteLe, programme.ImportePar, partenaires,
            Arbre(await NoeudsAsync(id, ct)), montant);
    }

    public async Task<VueFiche?> FicheAsync(int id, int? version, CancellationToken ct)
    {
        var fiche = await db.Set<FicheAction>().AsNoTracking().Include(f => f.Indicateurs).ThenInclude(i => i.Valeurs).FirstOrDefaultAsync(f => f.Id == id, ct);
        var programmeId = await db.Set<ElementProgramme>().Where(e => e.Id == id).Select(e => (int?)e.ProgrammeId).FirstOrDefaultAsync(ct);
        if (fiche is null || programmeId is not int pid) return null;
        var versions = await db.Set<VersionFiche>().AsNoTracking().Where(v => v.FicheActionId == id).OrderByDescending(v => v.Numero).ToListAsync(ct);
        var contenu = ContenuFiche.De(fiche, await db.Set<LigneFinancement>().AsNoTracking().Where(l => l.ElementId == id).ToListAsync(ct));
        if (version is int n && versions.FirstOrDefault(v => v.Numero == n) is { } ancienne) contenu = ContenuFiche.Lire(ancienne.Contenu) ?? contenu;
        else version = null;
        var noeuds = await NoeudsAsync(pid, ct);
        Arbre(noeuds);
        var parId = noeuds.ToDictionary(x => x.Id);
        var element = parId[id];
        var chemin = new List<NoeudProgramme>();
        for (var parent = element.ParentId; parent is int p; parent = parId[p].ParentId) chemin.Insert(0, parId[p]);
        var resume = await db.Set<Programme>().AsNoTracking().Where(p => p.Id == pid).Select(Resume()).FirstAsync(ct);
        return new VueFiche(id, fiche.Version, resume, chemin, element, contenu, element.Enfants,
            [.. versions.Select(v => new VersionResumee(v.Numero, v.Le, v.Par, v.Motif, v.Changements))], version);
    }

    private Task<List<NoeudProgramme>> NoeudsAsync(int programmeId, CancellationToken ct) =>
        db.Set<ElementProgramme>().AsNoTracking().Where(e => e.ProgrammeId == programmeId).OrderBy(e => e.Ordre)
            .Select(e => new NoeudProgramme(e.Id, e.ParentId, e.Niveau, e.Code, e.Titre, e.Description, e.Fiche!.Pilote, e.Fiche.Indicateurs.Count))
            .ToListAsync(ct);

    /// <summary>Links each node to its parent's children, in document order; returns the roots.</summary>
    private static List<NoeudProgramme> Arbre(List<NoeudProgramme> noeuds)
    {
        var parId = noeuds.ToDictionary(n => n.Id);
        foreach (var n in noeuds.Where(n => n.ParentId is not null)) parId[n.ParentId!.Value].Enfants.Add(n);
        return [.. noeuds.Where(n => n.ParentId is null)];
    }

    private static System.Linq.Expressions.Expression<Func<Programme, ResumeProgramme>> Resume() => p => new ResumeProgramme(p.Id, p.Code, p.Type, p.Titre, p.Debut, p.Fin,
        p.Elements.Count(e => e.Niveau == NiveauElement.Fiche), p.Elements.Count(e => e.Niveau == NiveauElement.SousAction),
        p.Elements.Sum(e => e.Fiche == null ? 0 : e.Fiche.Indicateurs.Count));
}
