using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers.Avertissements;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Dossiers.Fiche;

public sealed record CodeLibelle(string Code, string Libelle);

/// <summary>One change of a person's right within this dossier, as the timeline shows it.</summary>
public sealed record EtapeDroit(DateOnly Date, EvenementDroit Evenement, string EvenementLibelle, string EtatDroit, string EtatDroitLibelle, bool SoumisDroitsDevoirs);

public sealed record MembreFiche(int PersonneId, string Role, string RoleLibelle, string? Civilite, string Nom, string NomNaissance, string Prenoms,
    DateOnly DateNaissance, string? LieuNaissance, string Nir, bool SoumisDroitsDevoirs, bool Present, IReadOnlyList<EtapeDroit> Historique,
    bool Consultable);

public sealed record ImportFiche(int ImportId, DateTime Date, string NomFichier, bool Creation);

public sealed record RejetFiche(int ImportId, DateTime Date, string NomFichier, int Ligne, string Motif, bool Rejoue);

/// <summary>Everything the dossier page (and the API) shows of one dossier RSA, NIRs as the user may see them.</summary>
public sealed record FicheDossier(
    int Id, string NumDemRsa, DateOnly DateDemande, string Organisme, string NumeroOrganisme, string Matricule,
    string SituationFamille, string SituationFamilleLibelle, string? Adresse, string? CodePostal, string? Commune, string? CodeInsee, string? Territoire,
    string EtatDroit, string EtatDroitLibelle, string? MotifCloture, string? MotifClotureLibelle, DateOnly? DateCloture,
    IReadOnlyList<CodeLibelle> MotifsSuspension, IReadOnlyList<CodeLibelle> NaturesPrestation, decimal? MontantTotal, DateOnly DateFlux,
    IReadOnlyList<MembreFiche> Membres, IReadOnlyList<ImportFiche> Imports, IReadOnlyList<RejetFiche> Rejets, IReadOnlyList<LigneAvertissement> Avertissements)
{
    /// <summary>Null when the dossier does not exist in the département or is outside the user's scope: both answer 404.</summary>
    public static async Task<FicheDossier?> ChargerAsync(AppDbContext db, PerimetreDossiers perimetre, ProtectionNir protection, int id, CancellationToken ct)
    {
        var d = await perimetre.Filtrer(db.Dossiers.AsNoTracking()).SingleOrDefaultAsync(d => d.Id == id, ct);
        if (d is null) return null;
        var territoire = d.TerritoireId is null ? null
            : await db.Territoires.Where(t => t.Id == d.TerritoireId).Select(t => t.Nom).SingleOrDefaultAsync(ct);
        var membres = await db.MembresFoyer.AsNoTracking().Where(m => m.DossierId == id).Include(m => m.Personne).ToListAsync(ct);
        // A member whose current dossier is another one, outside the user's scope, is listed here without a link to their page.
        var ids = membres.Select(m => m.PersonneId).ToList();
        var consultables = (await perimetre.Filtrer(db.Personnes.AsNoTracking()).Where(p => ids.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct)).ToHashSet();
        // Only this dossier's history: the person's other dossiers may lie outside the user's scope.
        var historique = (await db.HistoriqueDroits.AsNoTracking().Where(h => h.DossierId == id).ToListAsync(ct))
            .OrderBy(h => h.DateEffet).ThenBy(h => h.Id).ToLookup(h => h.PersonneId);
        var imports = await db.DossiersImports.Where(x => x.DossierId == id)
            .Join(db.Imports, x => x.ImportId, i => i.Id, (x, i) => new ImportFiche(i.Id, i.CreeLe, i.NomFichier, x.Creation))
            .ToListAsync(ct);
        var rejets = await db.RejetsImport.Where(r => r.NumDemRsa == d.NumDemRsa)
            .Join(db.Imports, r => r.ImportId, i => i.Id, (r, i) => new RejetFiche(i.Id, i.CreeLe, i.NomFichier, r.Ligne, r.Motif, r.RejoueParImportId != null))
            .ToListAsync(ct);
        var avertissements = await RequeteAvertissements.Lignes(db, db.AvertissementsDossier.Where(a => a.DossierId == id && a.Statut == StatutAvertissement.Ouvert))
            .ToListAsync(ct);
        return new FicheDossier(
            d.Id, d.NumDemRsa, d.DateDemande, d.Organisme, d.NumeroOrganisme, d.Matricule,
            d.SituationFamille, LibellesFoyer.SituationFamille(d.SituationFamille),
            string.Join(' ', new[] { d.NumeroVoie, d.TypeVoie, d.NomVoie }.Where(p => !string.IsNullOrWhiteSpace(p))) is { Length: > 0 } a ? a : null,
            d.CodePostal, d.Commune, d.CodeInsee, territoire,
            d.EtatDroit, EtatsDroit.Libelle(d.EtatDroit), d.MotifCloture, d.MotifCloture is null ? null : EtatsDroit.LibelleMotifCloture(d.MotifCloture), d.DateCloture,
            LibellesFoyer.Codes(d.MotifsSuspension).Select(c => new CodeLibelle(c, LibellesFoyer.MotifSuspension(c))).ToList(),
            LibellesFoyer.Codes(d.NaturesPrestation).Select(c => new CodeLibelle(c, EtatsDroit.LibelleNature(c))).ToList(),
            d.MontantTotal, d.DateFlux,
            membres.OrderBy(m => LibellesFoyer.Rang(m.Role)).ThenBy(m => m.Personne!.DateNaissance).ThenBy(m => m.Id)
                .Select(m => Membre(m, perimetre, protection, historique[m.PersonneId], consultables.Contains(m.PersonneId))).ToList(),
            imports.OrderByDescending(i => i.Date).ThenByDescending(i => i.ImportId).ToList(),
            rejets.OrderByDescending(r => r.Date).ThenByDescending(r => r.ImportId).ToList(),
            avertissements.Select(RequeteAvertissements.Presenter).ToList());
    }

    private static MembreFiche Membre(MembreFoyer m, PerimetreDossiers perimetre, ProtectionNir protection, IEnumerable<HistoriqueDroit> historique, bool consultable)
    {
        var p = m.Personne!;
        return new MembreFiche(p.Id, m.Role, LibellesFoyer.Role(m.Role), p.Civilite, p.Nom, p.NomNaissance, p.Prenoms, p.DateNaissance,
            p.CommuneNaissance, perimetre.AfficherNir(protection.Lire(p.NirChiffre)), m.SoumisDroitsDevoirs, m.Present,
            historique.Select(h => new EtapeDroit(h.DateEffet, h.Evenement, RegleParcoursDroit.Libelle(h.Evenement),
                h.EtatDroit, EtatsDroit.Libelle(h.EtatDroit), h.SoumisDroitsDevoirs)).ToList(), consultable);
    }
}
