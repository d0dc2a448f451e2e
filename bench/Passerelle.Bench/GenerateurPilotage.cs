using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Diagnostic;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Sorties;

namespace Passerelle.Bench;

internal sealed record VolumesPilotage(int Droits, int Decisions, int Diagnostics, int Sorties, int Retours, int Clotures);

/// <summary>
/// Issue 17's five years of events over a <c>files</c> base (application stopped), as the services would leave them:
/// each person's rights history rewritten in date order (an earlier entry, exit and return for some, suspensions, SDD
/// flag changes), the validated orientation decisions of the oriented parcours (some automatic, some reoriented across
/// the SPE boundary), the diagnoses with an education level, exits recorded with their motive (the returners' parcours
/// taken up again, others closed). Rows written set by set through <see cref="EcritureEnsembliste"/>; parcours updated
/// set-based. Prescriptions of the past years come from <see cref="GenerateurOffre"/>.
/// </summary>
internal sealed class GenerateurPilotage(Func<int, AppDbContext> contexte, DateOnly aujourdhui, int graine)
{
    private const int Paquet = 20_000;
    /// <summary>Exit to the parcours' closure, in buckets so that one set-based update per bucket closes them.</summary>
    private static readonly int[] DelaisCloture = [30, 60, 90, 120, 180, 240, 300, 365];
    private static readonly (MotifSortie Motif, double Part)[] Motifs =
        [(MotifSortie.Emploi, 0.45), (MotifSortie.Formation, 0.2), (MotifSortie.FinDroit, 0.2), (MotifSortie.Demenagement, 0.05), (MotifSortie.Autre, 0.1)];
    private static readonly (OrigineOrientation Origine, double Part)[] Origines =
        [(OrigineOrientation.Automatique, 0.35), (OrigineOrientation.Manuelle, 0.4), (OrigineOrientation.Diagnostic, 0.15), (OrigineOrientation.Cohorte, 0.1)];

    private readonly Random hasard = new(graine);
    private readonly DateOnly limite = aujourdhui.AddYears(-5);

    private sealed record Ligne(int Id, int PersonneId, int DossierId, DateOnly Entree, DateOnly? Diagnostic, DateOnly? Orientation, TypeOrientation? Type, int? StructureId);

    public async Task<VolumesPilotage> EcrireAsync(int departementId)
    {
        await using var db = contexte(departementId);
        var structures = await db.Set<Passerelle.Web.Features.Referents.OffreAccompagnement>().AsNoTracking()
            .Select(o => new { o.StructureId, o.TypeOrientation }).ToListAsync();
        var parType = structures.GroupBy(s => s.TypeOrientation).ToDictionary(g => g.Key, g => g.Select(s => s.StructureId).Distinct().ToArray());
        // The generator's single entry rows are replaced by each person's whole history, written in date order (the latest row has the highest id);
        // a person given a long history already (HistoireLongue) keeps it.
        var longues = (await db.HistoriqueDroits.GroupBy(h => h.PersonneId).Where(g => g.Count() > 1).Select(g => g.Key).ToListAsync()).ToHashSet();
        await db.HistoriqueDroits.Where(h => !longues.Contains(h.PersonneId)).ExecuteDeleteAsync();
        var total = new VolumesPilotage(0, 0, 0, 0, 0, 0);
        var dernier = 0;
        while (true)
        {
            var lignes = await db.Set<Parcours>().AsNoTracking().Where(p => p.Id > dernier && p.Public == Parcours.PublicRsa && p.Personne!.DossierCourantId != null).OrderBy(p => p.Id).Take(Paquet)
                .Select(p => new Ligne(p.Id, p.PersonneId, p.Personne!.DossierCourantId!.Value, p.DateEntree, p.DateDiagnostic, p.DateOrientation, p.TypeOrientation, p.StructureId))
                .ToListAsync();
            if (lignes.Count == 0) return total;
            dernier = lignes[^1].Id;
            var v = await PaquetAsync(db, [.. lignes.Where(l => !longues.Contains(l.PersonneId))], parType);
            total = new(total.Droits + v.Droits, total.Decisions + v.Decisions, total.Diagnostics + v.Diagnostics, total.Sorties + v.Sorties,
                total.Retours + v.Retours, total.Clotures + v.Clotures);
        }
    }

    private async Task<VolumesPilotage> PaquetAsync(AppDbContext db, List<Ligne> lignes, Dictionary<TypeOrientation, int[]> parType)
    {
        var ecriture = new EcritureEnsembliste(db);
        var (droits, decisions, sorties) = (0, 0, 0);
        var retours = new List<int>();
        // Dated with an offset, which the set-based writer does not bind on SQLite: through the change tracker.
        var diagnostics = new List<Diagnostic>();
        var clotures = DelaisCloture.ToDictionary(d => d, _ => new List<int>());
        foreach (var l in lignes)
        {
            var historique = new List<HistoriqueDroit>();
            void Droit(DateOnly date, string etat, bool sdd, EvenementDroit evenement) => historique.Add(new HistoriqueDroit
            { PersonneId = l.PersonneId, DossierId = l.DossierId, DateEffet = date, EtatDroit = etat, SoumisDroitsDevoirs = sdd, Evenement = evenement });
            var tirage = hasard.NextDouble();
            var sortieAvant = l.Entree.AddDays(-hasard.Next(30, 300));
            var premiere = sortieAvant.AddDays(-hasard.Next(120, 700));
            if (tirage < 0.2 && premiere >= limite)
            {
                // A returner: entered earlier, left (an exit recorded on this parcours), came back within the window: the parcours is taken up again.
                Droit(premiere, EtatsDroit.OuvertVersable, true, EvenementDroit.NouvelEntrant);
                Droit(sortieAvant, EtatsDroit.Clos, true, EvenementDroit.Sortie);
                Droit(l.Entree, EtatsDroit.OuvertVersable, true, EvenementDroit.Retour);
                ecriture.Ajouter(Sortie(l, sortieAvant));
                retours.Add(l.Id);
                sorties++;
            }
            else Droit(l.Entree, EtatsDroit.OuvertVersable, true, EvenementDroit.NouvelEntrant);
            var delai = DelaisCloture[hasard.Next(DelaisCloture.Length)];
            if (tirage is >= 0.2 and < 0.3 && l.Orientation is { } o && o.AddDays(delai) < aujourdhui)
            {
                // Left after being oriented: the right closes, the exit is recorded and the parcours closed.
                Droit(o.AddDays(delai), EtatsDroit.Clos, true, EvenementDroit.Sortie);
                ecriture.Ajouter(Sortie(l, o.AddDays(delai)));
                clotures[delai].Add(l.Id);
                sorties++;
            }
            else if (tirage is >= 0.3 and < 0.42 && l.Entree.AddDays(30) < aujourdhui)
            {
                var suspendu = l.Entree.AddDays(hasard.Next(30, aujourdhui.DayNumber - l.Entree.DayNumber));
                Droit(suspendu, EtatsDroit.VersementSuspendu, true, EvenementDroit.Changement);
                var reprise = suspendu.AddDays(hasard.Next(30, 150));
                if (hasard.NextDouble() < 0.6 && reprise <= aujourdhui) Droit(reprise, EtatsDroit.OuvertVersable, true, EvenementDroit.Changement);
            }
            else if (tirage is >= 0.42 and < 0.46 && l.Entree.AddDays(30) < aujourdhui)
                Droit(l.Entree.AddDays(hasard.Next(30, aujourdhui.DayNumber - l.Entree.DayNumber)), EtatsDroit.OuvertVersable, false, EvenementDroit.Changement);
            historique.ForEach(ecriture.Ajouter);
            droits += historique.Count;
            if (l.Diagnostic is { } jour)
            {
                diagnostics.Add(new Diagnostic
                {
                    PersonneId = l.PersonneId,
                    Numero = 1,
                    EtabliLe = new DateTimeOffset(jour.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero),
                    AuteurId = "banc",
                    AuteurNom = "Banc d'essai",
                    NiveauFormation = hasard.NextDouble() < 0.1 ? null : (NiveauFormation)hasard.Next(6),
                });
            }
            decisions += Decider(ecriture, l, parType);
        }
        await ecriture.EcrireAsync();
        db.AddRange(diagnostics);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        var ids = retours;
        if (ids.Count > 0)
            await db.Set<Parcours>().Where(p => ids.Contains(p.Id)).ExecuteUpdateAsync(s => s.SetProperty(p => p.DateReprise, p => p.DateEntree));
        foreach (var (delai, fermes) in clotures.Where(c => c.Value.Count > 0))
            await db.Set<Parcours>().Where(p => fermes.Contains(p.Id)).ExecuteUpdateAsync(s => s
                .SetProperty(p => p.DateCloture, p => p.DateOrientation!.Value.AddDays(delai))
                .SetProperty(p => p.Etape, EtapeParcours.Clos).SetProperty(p => p.SortieEnregistree, true).SetProperty(p => p.MotifCloture, "Sortie du dispositif")
                .SetProperty(p => p.EcheanceProchaine, (DateOnly?)null).SetProperty(p => p.TypeEcheanceProchaine, (TypeEcheance?)null));
        return new(droits, decisions, diagnostics.Count, sorties, retours.Count, clotures.Values.Sum(c => c.Count));
    }

    /// <summary>The validated decision behind the parcours' orientation; for 7 %, an earlier one on the other side of the SPE boundary (a reorientation).</summary>
    private int Decider(EcritureEnsembliste ecriture, Ligne l, Dictionary<TypeOrientation, int[]> parType)
    {
        if (l.Orientation is not { } jour || l.Type is not { } type) return 0;
        var avant = l.Entree.AddDays(hasard.Next(5, 30));
        if (hasard.NextDouble() < 0.07 && avant < jour.AddDays(-20))
        {
            var autre = type == TypeOrientation.Professionnelle ? TypeOrientation.Sociale : TypeOrientation.Professionnelle;
            var structures = parType.GetValueOrDefault(autre) ?? [];
            ecriture.Ajouter(Decision(l, avant, autre, structures.Length > 0 ? structures[hasard.Next(structures.Length)] : l.StructureId, Tirer(Origines)));
            ecriture.Ajouter(Decision(l, jour, type, l.StructureId, OrigineOrientation.Reorientation));
            return 2;
        }
        ecriture.Ajouter(Decision(l, jour, type, l.StructureId, Tirer(Origines)));
        return 1;
    }

    private DecisionOrientation Decision(Ligne l, DateOnly jour, TypeOrientation type, int? structure, OrigineOrientation origine) => new()
    {
        ParcoursId = l.Id,
        PersonneId = l.PersonneId,
        Type = type,
        Origine = origine,
        Statut = StatutDecision.Validee,
        StructureId = structure,
        Motif = "Banc d'essai",
        ProposeeLe = jour.AddDays(-hasard.Next(0, 5)).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc),
        ProposeePar = "banc d'essai",
        DecideeLe = jour.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc),
        DecideePar = "banc d'essai",
    };

    private Sortie Sortie(Ligne l, DateOnly jour) => new()
    {
        PersonneId = l.PersonneId,
        ParcoursId = l.Id,
        Statut = StatutSortie.Enregistree,
        DateSortie = jour,
        Motif = Tirer(Motifs),
        EnregistreeLe = jour.ToDateTime(new TimeOnly(11, 0), DateTimeKind.Utc),
        EnregistreePar = "banc d'essai",
    };

    private T Tirer<T>((T Valeur, double Part)[] parts)
    {
        var tirage = hasard.NextDouble();
        foreach (var (valeur, part) in parts)
            if ((tirage -= part) < 0) return valeur;
        return parts[^1].Valeur;
    }
}
