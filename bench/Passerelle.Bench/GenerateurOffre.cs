using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Offre;
using Passerelle.Web.Features.Prescriptions;
using Passerelle.Web.Features.Programmes;

namespace Passerelle.Bench;

/// <summary>
/// Issue 14's offer at département scale: <see cref="Nombre"/> published actions of the measured département, under
/// its fiches-actions, run by its structures, in communes drawn by population, each with one to three thématiques of
/// the data·inclusion vocabulary, publics, a type, three sessions to come, funded places for the year, and one in
/// five restricted to a territoire. Written through the change tracker (lists are JSON or arrays): seconds.
/// </summary>
internal static class GenerateurOffre
{
    public const int Nombre = 5_000;

    public static async Task<int> EcrireAsync(string provider, string connexion, int departementId, string code, DateOnly aujourdhui, int graine)
    {
        await using var db = BancFiles.Contexte(provider, connexion, departementId);
        var hasard = new Random(graine);
        var vocabulaires = new VocabulairesDataInclusion();
        var fiches = await db.Set<FicheAction>().Select(f => f.Id).ToListAsync();
        var structures = await db.Structures.Select(s => s.Id).ToListAsync();
        var territoires = await db.Territoires.Select(t => t.Id).ToListAsync();
        var communes = Passerelle.Web.Features.Communes.Communes.Charger().DuDepartement(code).ToList();
        var poids = communes.Select(c => (long)Math.Max(c.Population, 1)).ToArray();
        var total = poids.Sum();
        T Un<T>(IReadOnlyList<T> liste) => liste[hasard.Next(liste.Count)];
        string Commune()
        {
            var tirage = hasard.NextInt64(total);
            for (var i = 0; i < poids.Length; i++)
                if ((tirage -= poids[i]) < 0) return communes[i].CodeInsee;
            return communes[^1].CodeInsee;
        }
        for (var n = 0; n < Nombre; n++)
        {
            db.Add(new ActionInsertion
            {
                FicheActionId = Un(fiches),
                StructureId = Un(structures),
                Nom = $"Action {n + 1} du banc",
                Description = "Action générée pour mesurer la recherche dans l'offre.",
                Type = Un(vocabulaires.Types).Code,
                Thematiques = [.. Enumerable.Range(0, hasard.Next(1, 4)).Select(_ => Un(vocabulaires.Thematiques).Code).Distinct()],
                Publics = [.. Enumerable.Range(0, hasard.Next(1, 3)).Select(_ => Un(vocabulaires.Publics).Code).Distinct()],
                CodeInsee = Commune(),
                Territoires = hasard.NextDouble() < 0.2 ? [Un(territoires)] : [],
                Frais = "gratuit",
                Statut = StatutAction.Publiee,
                PublieeLe = HorlogeBanc.MaintenantUtc,
                ModifieeLe = HorlogeBanc.MaintenantUtc,
                ModifieePar = "banc d'essai",
                Sessions = [.. Enumerable.Range(0, 3).Select(i => new SessionAction { Debut = aujourdhui.AddDays(hasard.Next(1, 30) + 30 * i) })],
                Places = [new PlacesFinancees { Debut = new DateOnly(aujourdhui.Year, 1, 1), Fin = new DateOnly(aujourdhui.Year, 12, 31), Places = hasard.Next(8, 40) }],
            });
        }
        await db.SaveChangesAsync();
        await EcrireParticipationsAsync(db, hasard, new DateOnly(aujourdhui.Year, 1, 1), aujourdhui, aujourdhui);
        return Nombre;
    }

    /// <summary>
    /// The participations of a period (the year so far, or a past year), for the offer indicators: <see cref="ParticipationsParAction"/>
    /// prescriptions per action, to persons drawn among the département's, prescribed from <paramref name="debut"/> to <paramref name="fin"/>,
    /// most entered, two thirds of those already out with an exit type.
    /// </summary>
    internal static async Task EcrireParticipationsAsync(AppDbContext db, Random hasard, DateOnly debut, DateOnly fin, DateOnly aujourdhui)
    {
        var personnes = await db.Personnes.Select(p => new { p.Id, p.DossierCourant!.TerritoireId }).Take(200_000).ToListAsync();
        if (personnes.Count == 0) return;
        var actions = await db.Set<ActionInsertion>().Select(a => new { a.Id, a.StructureId }).ToListAsync();
        var jours = fin.DayNumber - debut.DayNumber;
        var types = Enum.GetValues<TypeSortieAction>();
        foreach (var action in actions)
        {
            for (var i = 0; i < ParticipationsParAction; i++)
            {
                var personne = personnes[hasard.Next(personnes.Count)];
                var prescrite = debut.AddDays(hasard.Next(Math.Max(jours, 1)));
                var entree = hasard.NextDouble() < 0.8 ? prescrite.AddDays(hasard.Next(0, 21)) : (DateOnly?)null;
                if (entree > aujourdhui) entree = null;
                var sortie = entree is { } e && hasard.NextDouble() < 0.66 ? e.AddDays(hasard.Next(10, 120)) : (DateOnly?)null;
                if (sortie > aujourdhui) sortie = null;
                db.Add(new Prescription
                {
                    PersonneId = personne.Id,
                    ActionInsertionId = action.Id,
                    StructureId = action.StructureId,
                    PrescripteurId = "banc",
                    PrescripteurNom = "Banc d'essai",
                    PrescriteLe = prescrite.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc),
                    Motif = "Participation générée pour mesurer les indicateurs de l'offre.",
                    TerritoireId = personne.TerritoireId,
                    BeneficiaireRsa = hasard.NextDouble() < 0.85,
                    Partage = new InformationsPartagees("BANC", "Personne"),
                    Statut = sortie is not null ? StatutPrescription.Terminee : entree is not null ? StatutPrescription.EnCours : StatutPrescription.Envoyee,
                    DateEntree = entree,
                    DateSortie = sortie,
                    TypeSortie = sortie is null ? null : types[hasard.Next(types.Length)],
                });
            }
            if (action.Id % 500 == 0) { await db.SaveChangesAsync(); db.ChangeTracker.Clear(); }
        }
        await db.SaveChangesAsync();
    }

    public const int ParticipationsParAction = 5;
}
