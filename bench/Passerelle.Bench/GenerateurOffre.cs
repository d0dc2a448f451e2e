using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Offre;
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
        return Nombre;
    }
}
