using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Agenda;
using Passerelle.Web.Features.Contrats;
using Passerelle.Web.Features.Orientation;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Seances;

/// <summary>
/// What an EP member reads of one dossier of their session, and nothing more (primer §1, CASF L262-39): who (name,
/// first name, age, commune), why (thématique and motif), the facts the thématique rests on (orientation, contract
/// dates for contract-related natures, the absences for repeated absences), and the person's own observations. Never
/// the NIR, the birth date, the address, the phone, the e-mail, the CAF number, nor health or justice data: they are
/// not even read from the database here.
/// </summary>
public sealed record DossierPourMembre(int Id, int Rang, string Nom, string Prenom, int Age, string? Commune, string Thematique, string Motif,
    string? Orientation, DateOnly? DateOrientation, DateOnly? DebutContrat, DateOnly? FinContrat, int? Absences, IReadOnlyList<string> Observations,
    bool? BeneficiairePresent, TypeDecisionEp? Avis, string? MotifAvis)
{
    private static bool ConcerneContrat(NatureThematique nature) =>
        nature is NatureThematique.SansContrat or NatureThematique.ContratNonRespecte or NatureThematique.CerComplexe;

    /// <summary>The dossiers of one session, in their order of passage, as a member reads them.</summary>
    public static async Task<IReadOnlyList<DossierPourMembre>> ChargerAsync(AppDbContext db, IQueryable<DossierEp> dossiers, DateOnly jourSeance, CancellationToken ct)
    {
        var lignes = await dossiers.OrderBy(d => d.Rang).Select(d => new
        {
            d.Id,
            d.Rang,
            d.PersonneId,
            d.Nature,
            Thematique = d.Thematique!.Libelle,
            d.Motif,
            d.BeneficiairePresent,
            d.Avis,
            d.MotifAvis,
            Personne = db.Personnes.Where(p => p.Id == d.PersonneId).Select(p => new { p.Nom, p.Prenoms, p.DateNaissance, Commune = p.DossierCourant!.Commune }).First(),
            Observations = d.Observations.OrderBy(o => o.RecueLe).Select(o => o.Texte).ToList(),
        }).ToListAsync(ct);
        var personnes = lignes.Select(l => l.PersonneId).Distinct().ToList();
        var orientations = await db.Set<Parcours>().AsNoTracking().Where(p => personnes.Contains(p.PersonneId) && p.DateCloture == null)
            .Select(p => new { p.PersonneId, p.TypeOrientation, p.DateOrientation }).ToListAsync(ct);
        var contrats = await db.Set<Contrat>().AsNoTracking().Where(c => personnes.Contains(c.PersonneId) && c.Statut == StatutContrat.Valide)
            .Select(c => new { c.PersonneId, c.DateDebut, c.DateFin }).ToListAsync(ct);
        var regles = await ReglesEp.EnVigueurAsync(db, ct);
        var depuis = jourSeance.AddMonths(-regles.PeriodeAbsencesMois).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var absences = await db.Set<RendezVous>().AsNoTracking().Where(r => personnes.Contains(r.PersonneId) && r.Statut == StatutRendezVous.Absent && r.Debut >= depuis)
            .GroupBy(r => r.PersonneId).Select(g => new { PersonneId = g.Key, Nombre = g.Count() }).ToListAsync(ct);
        return lignes.Select(l =>
        {
            var orientation = orientations.FirstOrDefault(o => o.PersonneId == l.PersonneId);
            var contrat = ConcerneContrat(l.Nature) ? contrats.Where(c => c.PersonneId == l.PersonneId).MaxBy(c => c.DateDebut) : null;
            int? nombreAbsences = l.Nature == NatureThematique.AbsencesRepetees ? absences.FirstOrDefault(a => a.PersonneId == l.PersonneId)?.Nombre ?? 0 : null;
            return new DossierPourMembre(l.Id, l.Rang ?? 0, l.Personne.Nom, l.Personne.Prenoms.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "",
                AgeLe(l.Personne.DateNaissance, jourSeance), l.Personne.Commune, l.Thematique, l.Motif, orientation?.TypeOrientation?.LibelleNational(),
                orientation?.DateOrientation, contrat?.DateDebut, contrat?.DateFin, nombreAbsences, l.Observations, l.BeneficiairePresent, l.Avis, l.MotifAvis);
        }).ToList();
    }

    public static int AgeLe(DateOnly naissance, DateOnly jour) => jour.Year - naissance.Year - (jour < naissance.AddYears(jour.Year - naissance.Year) ? 1 : 0);
}
