using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Comites;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Demo;

/// <summary>
/// The governance instances of each demo département, written by its programme pilot through the services users call
/// (convention 16): a comité de pilotage (yearly, primer §7) and a comité technique (each semester) of the département's
/// programme, one comité local per territoire (each semester, 001 fiche-action 15), with the past year's meetings, the
/// attendance of their institutions, minutes and a few decisions at every stage, and each instance's next meeting to come.
/// </summary>
internal static class ComitesDemo
{
    /// <summary>The programme each département steers in its comités, and the fiches-actions about steering (001 FA14/FA15, 002 III8b, 004 action 19).</summary>
    private static readonly Dictionary<string, (string Programme, string[] FichesPilotage, string[] FichesLocales)> Programmes = new()
    {
        ["37"] = ("PTI-37-2015-2017", ["FA14"], ["FA15"]),
        ["72"] = ("PTI-72-2017-2021", ["III8b"], ["III8b"]),
        ["26"] = ("PDIE-26-2019-2022", ["19"], ["19"]),
        ["49"] = ("SP-49-2019-2021", [], []),
    };

    private static readonly string[] Lieux = ["Hôtel du Département, salle des commissions", "Maison départementale des solidarités", "Visioconférence"];

    private static readonly string[] Decisions =
    [
        "Actualiser le diagnostic territorial des freins à l'emploi", "Lancer un appel à projets mobilité", "Présenter le bilan annuel des orientations",
        "Organiser une rencontre avec les employeurs du territoire", "Réviser le guide des ressources de l'insertion",
    ];

    public static Task AjouterAsync(IServiceProvider services, int departementId, string code, CancellationToken ct) =>
        ActeurDemo.AgirAsync(services, departementId, $"pilote@{code}.passerelle.test", async scope =>
        {
            var db = scope.GetRequiredService<AppDbContext>();
            var nom = await db.Departements.Where(d => d.Id == departementId).Select(d => d.Nom).SingleAsync(ct);
            var (codeProgramme, fichesPilotage, fichesLocales) = Programmes.GetValueOrDefault(code, ("", [], []));
            var programme = await db.Set<Programmes.Programme>().Where(p => p.Code == codeProgramme).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
            async Task<List<int>> FichesAsync(string[] codes) => programme is null ? [] : await db.Set<Programmes.ElementProgramme>()
                .Where(e => e.ProgrammeId == programme && codes.Contains(e.Code) && e.Fiche != null).Select(e => e.Id).ToListAsync(ct);
            var aujourdhui = scope.GetRequiredService<HeureLegale>().Aujourdhui;
            (string, TypeInstitution)[] institutions =
            [
                ($"Département : {nom}", TypeInstitution.Departement), ("Préfecture et DDETS", TypeInstitution.Etat), ($"CAF : {nom}", TypeInstitution.Caf),
                ("MSA", TypeInstitution.Msa), ("France Travail, direction territoriale", TypeInstitution.FranceTravail),
                ("Union départementale des CCAS", TypeInstitution.Collectivite), ("Fédération des acteurs de la solidarité", TypeInstitution.Association),
            ];
            var rang = 0;
            await InstanceAsync(scope, new SaisieComite("Comité de pilotage de la politique d'insertion", TypeComite.Pilotage, null, programme, await FichesAsync(fichesPilotage),
                FrequenceComite.Annuelle), institutions, [aujourdhui.AddMonths(-7), aujourdhui.AddMonths(3)], rang++, ct);
            await InstanceAsync(scope, new SaisieComite("Comité technique de l'insertion", TypeComite.Technique, null, programme, await FichesAsync(fichesPilotage),
                FrequenceComite.Semestrielle), [institutions[0], institutions[1], institutions[2], institutions[4], institutions[6]],
                [aujourdhui.AddMonths(-10), aujourdhui.AddMonths(-4), aujourdhui.AddMonths(2)], rang++, ct);
            var locales = await FichesAsync(fichesLocales);
            foreach (var territoire in await db.Territoires.OrderBy(t => t.Id).Select(t => new { t.Id, t.Nom }).ToListAsync(ct))
                await InstanceAsync(scope, new SaisieComite($"Comité local insertion : {territoire.Nom}", TypeComite.Local, territoire.Id, programme, locales, FrequenceComite.Semestrielle),
                    [($"Pôle insertion : {territoire.Nom}", TypeInstitution.Departement), ($"France Travail : agence {territoire.Nom}", TypeInstitution.FranceTravail),
                     ($"CCAS : {territoire.Nom}", TypeInstitution.Collectivite), ("Mission locale", TypeInstitution.Association), institutions[2]],
                    [aujourdhui.AddMonths(-9).AddDays(rang), aujourdhui.AddMonths(-3).AddDays(rang), aujourdhui.AddMonths(3).AddDays(rang)], rang++, ct);
        });

    private static async Task InstanceAsync(IServiceProvider scope, SaisieComite saisie, (string Nom, TypeInstitution Type)[] membres, DateOnly[] dates, int rang, CancellationToken ct)
    {
        var comites = scope.GetRequiredService<ServiceComites>();
        var comite = Verifier(await comites.CreerAsync(saisie, ct));
        var ids = new List<int>();
        foreach (var (nom, type) in membres) ids.Add(Verifier(await comites.AjouterMembreAsync(comite, new SaisieMembre(nom, type), ct)));
        var aujourdhui = scope.GetRequiredService<HeureLegale>().Aujourdhui;
        for (var j = 0; j < dates.Length; j++)
        {
            var reunions = scope.GetRequiredService<ServiceReunions>();
            var reunion = Verifier(await reunions.CreerAsync(comite, new SaisieReunion(dates[j], Lieux[(rang + j) % Lieux.Length],
                "Point d'étape des actions du programme\nIndicateurs de l'année\nQuestions diverses"), ct));
            if (dates[j] > aujourdhui) continue;
            // Mostly present, some excused, now and then absent: rates that differ between institutions.
            var presences = ids.Select((m, i) => ((i * 3 + j * 5 + rang) % 7) switch
            {
                0 => new SaisiePresence(m, StatutPresence.Absente, 0),
                1 => new SaisiePresence(m, StatutPresence.Excusee, 0),
                var k => new SaisiePresence(m, StatutPresence.Presente, 1 + k % 2),
            }).ToList();
            Verifier(await reunions.EnregistrerPresencesAsync(reunion, await VersionAsync(scope, reunion, ct), presences, ct));
            Verifier(await reunions.EnregistrerCompteRenduAsync(reunion, await VersionAsync(scope, reunion, ct),
                $"{presences.Count(p => p.Statut == StatutPresence.Presente)} institutions présentes sur {presences.Count}. Le comité a fait le point sur l'avancement des actions et sur les indicateurs de l'année ; les décisions ci-dessous ont été arrêtées.", ct));
            var decisions = scope.GetRequiredService<ServiceDecisions>();
            for (var d = 0; d < 2; d++)
            {
                var decision = Verifier(await decisions.AjouterAsync(reunion, new SaisieDecision(Decisions[(rang + j + d) % Decisions.Length], membres[d % membres.Length].Nom,
                    dates[j].AddMonths(2 + d * 2)), ct));
                // The oldest decisions are done, the next in progress, the last left to do (late once their deadline passes).
                StatutDecision[] etapes = (j, d) switch { (0, 0) => [StatutDecision.EnCours, StatutDecision.Faite], (0, _) => [StatutDecision.EnCours], _ => [] };
                foreach (var statut in etapes)
                {
                    var version = await scope.GetRequiredService<AppDbContext>().Set<DecisionComite>().Where(x => x.Id == decision).Select(x => x.Version).SingleAsync(ct);
                    Verifier(await decisions.ChangerStatutAsync(decision, version, statut, ct));
                }
            }
        }
    }

    private static Task<int> VersionAsync(IServiceProvider scope, int reunion, CancellationToken ct) =>
        scope.GetRequiredService<AppDbContext>().Set<Reunion>().Where(r => r.Id == reunion).Select(r => r.Version).SingleAsync(ct);

    private static int Verifier(Ecriture e) => e.Resultat.Reussi && e.Id is int id ? id
        : throw new InvalidOperationException($"Comité de démonstration refusé : {e.Resultat.Message} {string.Join(" ; ", e.Erreurs.Values)}");
}
