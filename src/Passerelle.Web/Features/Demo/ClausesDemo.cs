using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Clauses;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Demo;

/// <summary>
/// Clause contracts written by the demo facilitator through the services users call (convention 16). Indre-et-Loire and
/// Sarthe get the seeds' yearly series as a test of the definitions: 50,000 hours completed in 2013 (001:L258) and
/// 32,090 in 2015 in the département's contracts (002:L327, sous-actions I5b1/I5b2); Maine-et-Loire a few current contracts
/// with their months so far. Other départements get none.
/// </summary>
internal static class ClausesDemo
{
    /// <summary>The seeds' series: département, year, hours completed, buyers of its contracts, fiche-action served.</summary>
    public static readonly IReadOnlyDictionary<string, (int Annee, int Heures, string[] Acheteurs, string? Fiche)> Series = new Dictionary<string, (int, int, string[], string?)>
    {
        ["37"] = (2013, 50_000, ["Conseil général d'Indre-et-Loire", "Tour(s)plus", "Ville de Tours", "Val Touraine Habitat"], "FA2"),
        ["72"] = (2015, 32_090, ["Département de la Sarthe"], "I5b1"),
    };

    private static readonly string[] Objets =
    [
        "Réhabilitation de collège", "Entretien des routes départementales", "Construction d'une maison des solidarités", "Nettoyage des locaux administratifs",
        "Aménagement de voirie", "Entretien des espaces verts", "Rénovation thermique de logements", "Restauration scolaire",
    ];

    private static readonly string[] Noms = ["Martin", "Bernard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "Roux"];
    private static readonly string[] Prenoms = ["Karim", "Sophie", "Julien", "Nadia", "Thomas", "Aïcha", "Kevin", "Laura", "Mehdi", "Céline", "Yanis", "Manon", "Bruno"];

    public static Task AjouterAsync(IServiceProvider services, int departementId, string code, CancellationToken ct) =>
        ActeurDemo.AgirAsync(services, departementId, $"facilitateur@{code}.passerelle.test", async scope =>
        {
            if (Series.TryGetValue(code, out var serie))
            {
                await SerieAsync(scope, code, serie.Annee, serie.Heures, serie.Acheteurs, serie.Fiche, ct);
                return;
            }
            if (code != "49") return;
            var aujourdhui = scope.GetRequiredService<HeureLegale>().Aujourdhui;
            var debut = new DateOnly(aujourdhui.Year, aujourdhui.Month, 1).AddMonths(-6);
            string[] acheteurs = ["Département de Maine-et-Loire", "Angers Loire Habitat", "Ville d'Angers"];
            var attributaires = await AttributairesAsync(scope, ct);
            for (var i = 0; i < 3; i++)
            {
                var marche = await MarcheAsync(scope, new SaisieMarche($"49-{aujourdhui.Year}-CS{i + 1:00}", acheteurs[i], Objets[i], i == 0 ? "Lot 1 : gros œuvre\nLot 2 : second œuvre" : null,
                    debut.AddMonths(i), debut.AddMonths(i + 18).AddDays(-1), 1200 + 600 * i, null, null, null, attributaires[i % attributaires.Count]), ct);
                var participants = await InscrireAsync(scope, marche, 49 * 100 + i * 10, 4, ct);
                var lignes = new List<LigneHeures>();
                for (var m = debut.AddMonths(i); m < new DateOnly(aujourdhui.Year, aujourdhui.Month, 1); m = m.AddMonths(1))
                    lignes.AddRange(participants.Select((p, k) => new LigneHeures($"{p}-{m:yyyyMM}", marche, p, m, 35 + 14 * ((k + m.Month) % 5))));
                if (lignes.Count > 0) Verifier(await scope.GetRequiredService<EnregistrementHeures>().EnregistrerAsync(lignes, ct));
            }
        });

    /// <summary>
    /// The year's hours spread evenly over the lines (contract × participant × month), the rest of the division one hour on
    /// the first lines: whole hours, every month under its ceiling, and the year's total exactly the seed's.
    /// </summary>
    private static async Task SerieAsync(IServiceProvider scope, string code, int annee, int heures, string[] acheteurs, string? codeFiche, CancellationToken ct)
    {
        var db = scope.GetRequiredService<AppDbContext>();
        var fiche = codeFiche is null ? null : await db.Set<Programmes.ElementProgramme>().Where(e => e.Code == codeFiche && e.Fiche != null).Select(e => (int?)e.Id).FirstOrDefaultAsync(ct);
        var territoires = await db.Territoires.OrderBy(t => t.Id).Select(t => t.Id).ToListAsync(ct);
        var attributaires = await AttributairesAsync(scope, ct);
        var (nombreMarches, parMarche) = heures > 40_000 ? (8, 5) : (6, 5);
        var (part, reste) = Math.DivRem(heures, nombreMarches * parMarche * 12);
        var rang = 0;
        for (var i = 0; i < nombreMarches; i++)
        {
            var marche = await MarcheAsync(scope, new SaisieMarche($"{code}-{annee}-CS{i + 1:00}", acheteurs[i % acheteurs.Length], Objets[i % Objets.Length], null,
                new DateOnly(annee, 1, 1), new DateOnly(annee, 12, 31), parMarche * 12 * (part + 1), territoires.Count > 0 ? territoires[i % territoires.Count] : null, fiche, null,
                attributaires[i % attributaires.Count]), ct);
            var participants = await InscrireAsync(scope, marche, int.Parse(code, CultureInfo.InvariantCulture) * 100 + i * 10, parMarche, ct);
            var lignes = new List<LigneHeures>();
            for (var mois = 1; mois <= 12; mois++)
                foreach (var p in participants)
                    lignes.Add(new LigneHeures($"{p}-{mois}", marche, p, new DateOnly(annee, mois, 1), part + (rang++ < reste ? 1 : 0)));
            Verifier(await scope.GetRequiredService<EnregistrementHeures>().EnregistrerAsync(lignes, ct));
        }
    }

    private static async Task<List<string?>> AttributairesAsync(IServiceProvider scope, CancellationToken ct)
    {
        var choix = await scope.GetRequiredService<ChoixMarche>().AttributairesAsync(ct);
        return choix.Count == 0 ? [null] : [.. choix.Where((c, i) => i % 3 == 0).Select(c => (string?)c.Id)];
    }

    private static async Task<int> MarcheAsync(IServiceProvider scope, SaisieMarche saisie, CancellationToken ct)
    {
        var ecriture = await scope.GetRequiredService<ServiceMarches>().CreerAsync(saisie, ct);
        return ecriture.Id ?? throw new InvalidOperationException($"Marché de démonstration refusé : {ecriture.Resultat.Message} {string.Join(" ; ", ecriture.Erreurs.Values)}");
    }

    private static async Task<List<int>> InscrireAsync(IServiceProvider scope, int marche, int graine, int nombre, CancellationToken ct)
    {
        var service = scope.GetRequiredService<ServiceParticipants>();
        var publics = Enum.GetValues<PublicClause>();
        var ids = new List<int>();
        for (var k = 0; k < nombre; k++)
        {
            var n = graine + k;
            var saisie = new SaisieParticipant(Noms[n % Noms.Length], Prenoms[n / Noms.Length % Prenoms.Length], new DateOnly(1965 + n % 35, 1 + n % 12, 1 + n % 28),
                k < 2 ? PublicClause.Rsa : publics[n % publics.Length], null);
            var ecriture = await service.InscrireAsync(marche, saisie, ct);
            ids.Add(ecriture.Id ?? throw new InvalidOperationException($"Participant de démonstration refusé : {ecriture.Resultat.Message}"));
        }
        return ids;
    }

    private static void Verifier(Ecriture ecriture)
    {
        if (!ecriture.Resultat.Reussi) throw new InvalidOperationException($"Heures de démonstration refusées : {ecriture.Resultat.Message} {string.Join(" ; ", ecriture.Erreurs.Values.Take(3))}");
    }
}
