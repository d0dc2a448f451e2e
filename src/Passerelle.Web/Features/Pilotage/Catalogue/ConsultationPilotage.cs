using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Programmes;

namespace Passerelle.Web.Features.Pilotage.Catalogue;

/// <param name="Saisis">Manual indicators with at least one entry.</param>
/// <param name="ASaisir">Manual indicators without any entry yet.</param>
public sealed record CouvertureProgramme(int Id, string Code, string Titre, int Total, int Calcules, int Saisis, int ASaisir, int Importes, int Manquants, int NonEtablis);

public sealed record LigneCouverture(int FicheId, string FicheCode, string FicheTitre, int Id, string Libelle, UniteIndicateur Unite,
    CorrespondanceIndicateur Correspondance, string? Code, string? Motif, int Saisies);

public sealed record VueSaisie(int Id, TypePeriode Type, DateOnly Du, DateOnly Au, decimal? Valeur, string? Texte, string? Commentaire, string? Piece,
    DateTime SaisieLe, string SaisiePar, DateTime? CorrigeeLe, string? CorrigeePar);

public sealed record VueIndicateurFiche(int Id, string Libelle, UniteIndicateur Unite, string? Definition, SourceIndicateur Source, CorrespondanceIndicateur Correspondance,
    string? Code, string? Motif, int FicheId, string FicheCode, string FicheTitre, string Programme, IReadOnlyDictionary<int, decimal> Cibles, IReadOnlyList<VueSaisie> Saisies);

/// <summary>Reads the coverage of the programmes' indicators, their mapping, targets and manual entries: no personal data, read by all pilotage roles.</summary>
public sealed class ConsultationPilotage(AppDbContext db)
{
    public async Task<IReadOnlyList<CouvertureProgramme>> CouvertureAsync(CancellationToken ct)
    {
        var comptes = await Lignes().GroupBy(x => new { x.ProgrammeId, x.Correspondance, Saisi = x.Saisies > 0 })
            .Select(g => new { g.Key.ProgrammeId, g.Key.Correspondance, g.Key.Saisi, Nombre = g.Count() }).ToListAsync(ct);
        var programmes = await db.Set<Programme>().AsNoTracking().OrderBy(p => p.Code).Select(p => new { p.Id, p.Code, p.Titre }).ToListAsync(ct);
        return [.. programmes.Select(p =>
        {
            var siens = comptes.Where(c => c.ProgrammeId == p.Id).ToList();
            int N(CorrespondanceIndicateur c, bool? saisi = null) => siens.Where(x => x.Correspondance == c && (saisi is null || x.Saisi == saisi)).Sum(x => x.Nombre);
            return new CouvertureProgramme(p.Id, p.Code, p.Titre, siens.Sum(x => x.Nombre), N(CorrespondanceIndicateur.Calcule), N(CorrespondanceIndicateur.Saisi, true),
                N(CorrespondanceIndicateur.Saisi, false), N(CorrespondanceIndicateur.Importe), N(CorrespondanceIndicateur.Manquant), N(CorrespondanceIndicateur.NonEtablie));
        })];
    }

    public async Task<IReadOnlyList<LigneCouverture>?> ProgrammeAsync(int programmeId, CancellationToken ct)
    {
        if (!await db.Set<Programme>().AnyAsync(p => p.Id == programmeId, ct)) return null;
        return await Lignes().Where(x => x.ProgrammeId == programmeId).OrderBy(x => x.Ordre).ThenBy(x => x.OrdreIndicateur)
            .Select(x => new LigneCouverture(x.FicheId, x.FicheCode, x.FicheTitre, x.Id, x.Libelle, x.Unite, x.Correspondance, x.Code, x.Motif, x.Saisies)).ToListAsync(ct);
    }

    public async Task<VueIndicateurFiche?> IndicateurAsync(int id, CancellationToken ct)
    {
        var x = await db.Set<IndicateurFiche>().AsNoTracking().Where(i => i.Id == id)
            .Join(db.Set<ElementProgramme>(), i => i.FicheActionId, e => e.Id, (i, e) => new { i, e.Code, e.Titre, e.ProgrammeId })
            .Join(db.Set<Programme>(), x => x.ProgrammeId, p => p.Id, (x, p) => new { x.i, x.Code, x.Titre, Programme = p.Titre }).FirstOrDefaultAsync(ct);
        if (x is null) return null;
        var cibles = await db.Set<ValeurIndicateur>().Where(v => v.IndicateurFicheId == id && v.Nature == NatureValeur.Cible).ToDictionaryAsync(v => v.Annee, v => v.Valeur, ct);
        return new(x.i.Id, x.i.Libelle, x.i.Unite, x.i.Definition, x.i.Source, x.i.Correspondance, x.i.CodeCatalogue, x.i.MotifCorrespondance, x.i.FicheActionId, x.Code, x.Titre,
            x.Programme, cibles, await SaisiesAsync(id, ct));
    }

    public Task<List<VueSaisie>> SaisiesAsync(int? indicateurId, CancellationToken ct) =>
        db.Set<SaisieIndicateur>().AsNoTracking().Where(s => indicateurId == null || s.IndicateurFicheId == indicateurId).OrderByDescending(s => s.Du).ThenBy(s => s.Id)
            .Select(s => new VueSaisie(s.Id, s.Type, s.Du, s.Au, s.Valeur, s.Texte, s.Commentaire, s.PieceNom, s.SaisieLe, s.SaisiePar, s.CorrigeeLe, s.CorrigeePar)).ToListAsync(ct);

    /// <summary>The targets of the year of the fiche indicators mapped onto a catalogue code, by fiche indicator.</summary>
    public Task<List<CibleIndicateur>> CiblesAsync(string code, int annee, CancellationToken ct) =>
        db.Set<IndicateurFiche>().AsNoTracking().Where(i => i.CodeCatalogue == code)
            .Join(db.Set<ValeurIndicateur>().Where(v => v.Nature == NatureValeur.Cible && v.Annee == annee), i => i.Id, v => v.IndicateurFicheId, (i, v) => new { i.Libelle, i.FicheActionId, v.Valeur })
            .Join(db.Set<ElementProgramme>(), x => x.FicheActionId, e => e.Id, (x, e) => new { x.Libelle, e.Code, x.Valeur })
            .Select(x => new CibleIndicateur(x.Libelle, x.Code, x.Valeur)).ToListAsync(ct);

    private IQueryable<LigneBrute> Lignes() => db.Set<IndicateurFiche>().AsNoTracking()
        .Join(db.Set<ElementProgramme>(), i => i.FicheActionId, e => e.Id, (i, e) => new LigneBrute
        {
            ProgrammeId = e.ProgrammeId,
            Ordre = e.Ordre,
            FicheId = e.Id,
            FicheCode = e.Code,
            FicheTitre = e.Titre,
            Id = i.Id,
            OrdreIndicateur = i.Ordre,
            Libelle = i.Libelle,
            Unite = i.Unite,
            Correspondance = i.Correspondance,
            Code = i.CodeCatalogue,
            Motif = i.MotifCorrespondance,
            Saisies = db.Set<SaisieIndicateur>().Count(s => s.IndicateurFicheId == i.Id),
        });

    private sealed class LigneBrute
    {
        public int ProgrammeId { get; init; }
        public int Ordre { get; init; }
        public int FicheId { get; init; }
        public required string FicheCode { get; init; }
        public required string FicheTitre { get; init; }
        public int Id { get; init; }
        public int OrdreIndicateur { get; init; }
        public required string Libelle { get; init; }
        public UniteIndicateur Unite { get; init; }
        public CorrespondanceIndicateur Correspondance { get; init; }
        public string? Code { get; init; }
        public string? Motif { get; init; }
        public int Saisies { get; init; }
    }
}
