using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Features.Clauses;
using Passerelle.Web.Features.Demo;

namespace Passerelle.Bench;

/// <summary>
/// Issue 16's clause benchmark: Maine-et-Loire with <see cref="Marches"/> contracts over the last five years and
/// <see cref="Participants"/> beneficiaries (five per contract) who each worked every month of their contract, then the
/// clauses dashboard for one year and for five years under N facilitators, against /healthz in the same run.
/// </summary>
internal static class BancClauses
{
    public const int Marches = 1_000, Participants = 5_000, Annees = 5;

    public static async Task<int> ExecuterAsync(string[] args)
    {
        var options = OptionsBancFiles.Lire(args);
        var (provider, connexion, nettoyer) = await BaseBench.PreparerAsync(options.Postgres);
        Console.WriteLine($"Base {provider}, département 49, {options.Utilisateurs} utilisateurs simultanés, {options.DureeSecondes} s par page{(options.SansCache ? ", sans cache" : "")}.");
        try
        {
            var port = Banc.PortLibre();
            using (var premier = Banc.DemarrerApplication(port, provider, connexion, OptionsBancFiles.Departement, "0"))
            {
                await Banc.AttendrePretAsync(new Uri($"http://127.0.0.1:{port}"), premier);
                premier.Kill(entireProcessTree: true);
                await premier.WaitForExitAsync();
            }
            var chrono = Stopwatch.StartNew();
            var lignes = await GenererAsync(provider, connexion);
            Console.WriteLine($"Clauses : {Marches} marchés, {Participants} participants, {lignes} saisies mensuelles sur {Annees} ans en {chrono.Elapsed.TotalSeconds:F1} s.");
            port = Banc.PortLibre();
            using var application = Banc.DemarrerApplication(port, provider, connexion, OptionsBancFiles.Departement, "0",
                "--Diagnostic:SansCache", options.SansCache ? "true" : "false");
            try
            {
                var url = new Uri($"http://127.0.0.1:{port}");
                await Banc.AttendrePretAsync(url, application);
                var annee = HorlogeBanc.AujourdhuiParis.Year;
                var clients = new List<HttpClient>();
                for (var i = 0; i < options.Utilisateurs; i++) clients.Add(await Charge.ConnecterAsync(url, $"facilitateur@{OptionsBancFiles.Departement}.passerelle.test"));
                var avant = Charge.Moyenne();
                var mesures = new List<Mesure>();
                foreach (var page in new[] { "/healthz", $"/clauses?De={annee - 1}&A={annee - 1}", $"/clauses?De={annee - Annees + 1}&A={annee}", $"/api/v1/clauses/tableau?de={annee - Annees + 1}&a={annee}" })
                {
                    await Charge.Boucle(clients, page, TimeSpan.FromSeconds(2));
                    mesures.Add(await Charge.Boucle(clients, page, TimeSpan.FromSeconds(options.DureeSecondes)) with { Charge = Charge.MoyenneUneMinute() });
                }
                clients.ForEach(c => c.Dispose());
                Rapport.Afficher(mesures, avant);
            }
            finally
            {
                application.Kill(entireProcessTree: true);
                await application.WaitForExitAsync();
            }
            return 0;
        }
        finally
        {
            await nettoyer();
        }
    }

    /// <summary>Written straight through EF (application stopped), as the services would leave them: plans spread, hours within the ceiling.</summary>
    private static async Task<int> GenererAsync(string provider, string connexion)
    {
        int departement;
        await using (var db = BancFiles.Contexte(provider, connexion))
            departement = await db.Departements.Where(d => d.Code == OptionsBancFiles.Departement).Select(d => d.Id).SingleAsync();
        await using var ecriture = BancFiles.Contexte(provider, connexion, departement);
        var hasard = new Random(20261204);
        var territoires = await ecriture.Territoires.Select(t => t.Id).ToListAsync();
        var employeurs = await ecriture.Set<Passerelle.Web.Features.Employeurs.Employeur>().Select(e => e.Id).ToListAsync();
        var fiches = await ecriture.Set<Passerelle.Web.Features.Programmes.FicheAction>().Select(f => f.Id).ToListAsync();
        var fin = new DateOnly(HorlogeBanc.AujourdhuiParis.Year, HorlogeBanc.AujourdhuiParis.Month, 1).AddMonths(-1);
        var debutPeriode = fin.AddMonths(-12 * Annees + 1);
        var maintenant = HorlogeBanc.MaintenantUtc;
        var lignes = 0;
        for (var m = 0; m < Marches; m++)
        {
            var debut = debutPeriode.AddMonths(hasard.Next(12 * Annees - 6));
            var dateFin = debut.AddMonths(6 + hasard.Next(18)).AddDays(-1);
            if (dateFin > fin.AddMonths(1).AddDays(-1)) dateFin = fin.AddMonths(1).AddDays(-1);
            var heures = 500 + hasard.Next(5_000);
            var marche = new MarcheClause
            {
                Numero = $"BANC-{m:D5}",
                Acheteur = "Département de Maine-et-Loire",
                Objet = $"Marché de travaux n° {m}",
                DateDebut = debut,
                DateFin = dateFin,
                HeuresExigees = heures,
                TerritoireId = territoires[m % territoires.Count],
                FicheActionId = fiches.Count > 0 && m % 3 == 0 ? fiches[m % fiches.Count] : null,
                EmployeurId = employeurs.Count > 0 ? employeurs[m % employeurs.Count] : null,
                CreeLe = maintenant,
                CreePar = "banc",
                ModifieLe = maintenant,
                Plan = [.. ReglesMarche.Repartir(debut, dateFin, heures).Select(p => new PlanClause { Mois = p.Mois, Heures = p.Heures })],
            };
            var participants = Enumerable.Range(m * (Participants / Marches), Participants / Marches).Select(n => new ParticipantClause
            {
                Nom = $"Banc{n}",
                Prenom = "Participant",
                Cle = $"BANC{n} PARTICIPANT",
                DateNaissance = new DateOnly(1970 + n % 35, 1 + n % 12, 1 + n % 28),
                Public = (PublicClause)(n % 7),
                CreeLe = maintenant,
                CreePar = "banc",
            }).ToList();
            ecriture.Add(marche);
            ecriture.AddRange(participants);
            await ecriture.SaveChangesAsync();
            foreach (var participant in participants)
            {
                ecriture.Add(new ParticipationClause { MarcheClauseId = marche.Id, ParticipantClauseId = participant.Id, EmployeurId = marche.EmployeurId });
                foreach (var mois in ReglesMarche.Mois(debut, dateFin))
                {
                    ecriture.Add(new HeuresClause
                    {
                        MarcheClauseId = marche.Id,
                        ParticipantClauseId = participant.Id,
                        Mois = mois,
                        Heures = 20 + hasard.Next(100),
                        EmployeurId = marche.EmployeurId,
                        SaisiLe = maintenant,
                        SaisiPar = "banc",
                    });
                    lignes++;
                }
            }
            await ecriture.SaveChangesAsync();
            ecriture.ChangeTracker.Clear();
        }
        await ecriture.SaveChangesAsync();
        if (provider == "Postgres") await ecriture.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
        return lignes;
    }
}
