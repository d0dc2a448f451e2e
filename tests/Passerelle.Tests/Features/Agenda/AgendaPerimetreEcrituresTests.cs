using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Orientation;
using Passerelle.Tests.Features.Portefeuille;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Agenda;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Tests.Features.Agenda;

/// <summary>
/// Slot ids and structure or référent ids posted from outside the user's agendas (<see cref="PerimetreAgenda"/>):
/// refused with the answer a missing id gets, and nothing written.
/// </summary>
public sealed class AgendaPerimetreEcrituresTests(Application app) : IClassFixture<Application>
{
    private static KeyValuePair<string, string> Champ(string nom, object valeur) => new(nom, Convert.ToString(valeur, CultureInfo.InvariantCulture)!);

    private static string DansCinqJours => HeureDeTest.Aujourdhui.AddDays(5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private Task<Creneau> CreneauAsync(int structureId, string departement = "49") =>
        app.DansDepartementAsync(departement, async db =>
        {
            var creneau = new Creneau { StructureId = structureId, Type = TypeRendezVous.Suivi, Debut = HeureDeTest.MaintenantUtc.AddDays(6), Lieu = "Salle " + Guid.NewGuid().ToString("N")[..6] };
            db.Add(creneau);
            await db.SaveChangesAsync();
            return creneau;
        });

    private Task<int> AutreStructureAsync(int structureId) =>
        app.DansDepartementAsync("49", db => db.Structures.Where(s => s.Id != structureId && s.Actif).Select(s => s.Id).FirstAsync());

    private async Task<string?> ConvoquerAsync(Navigateur navigateur, int personneId, int parcoursId, int creneauId, TypeRendezVous type = TypeRendezVous.Suivi)
    {
        var version = (await ParcoursDeTest.LireAsync(app, parcoursId)).Version;
        var reponse = await navigateur.SoumettreAsync($"/personnes/{personneId}", [Champ("Version", version), Champ("TypeRdv", type), Champ("CreneauId", creneauId)],
            ActionsPagePersonne.Url(personneId, "ConvoquerCreneau"));
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        return (await navigateur.PageAsync($"/personnes/{personneId}")).QuerySelector(".fr-alert")?.TextContent;
    }

    private Task<(Creneau Creneau, int RendezVous)> EtatAsync(int creneauId, int personneId) =>
        app.DansDepartementAsync("49", async db => (await db.Set<Creneau>().AsNoTracking().SingleAsync(c => c.Id == creneauId),
            await db.Set<RendezVous>().CountAsync(r => r.PersonneId == personneId)));

    [Fact]
    public async Task Convocation_sur_le_creneau_d_une_autre_structure_est_refusee_comme_un_creneau_inconnu_et_rien_ne_change()
    {
        var referent = await DonneesPortefeuille.CompteAsync(app, "referent@49");
        var suivie = await DonneesPortefeuille.SuivieAsync(app, referent, echeance: null);
        var autre = await CreneauAsync(await AutreStructureAsync(referent.StructureId));
        var versionParcours = (await ParcoursDeTest.LireAsync(app, suivie.ParcoursId)).Version;
        using var navigateur = await Navigateur.ConnecteAsync(app, "referent@49");

        Assert.Null((await navigateur.PageAsync($"/personnes/{suivie.PersonneId}")).QuerySelector($"#CreneauId option[value='{autre.Id}']"));
        var horsAgenda = await ConvoquerAsync(navigateur, suivie.PersonneId, suivie.ParcoursId, autre.Id);
        var inconnu = await ConvoquerAsync(navigateur, suivie.PersonneId, suivie.ParcoursId, int.MaxValue);

        Assert.Contains(ServiceRendezVous.CreneauIntrouvable, horsAgenda, StringComparison.Ordinal);
        Assert.Equal(inconnu, horsAgenda);
        var (creneau, rendezVous) = await EtatAsync(autre.Id, suivie.PersonneId);
        Assert.Equal((0, autre.Version, 0), (creneau.Occupes, creneau.Version, rendezVous));
        Assert.Equal(versionParcours, (await ParcoursDeTest.LireAsync(app, suivie.ParcoursId)).Version);
    }

    [Fact]
    public async Task Convocation_sur_le_creneau_d_un_autre_departement_est_refusee_et_rien_ne_change()
    {
        var structure37 = await app.DansDepartementAsync("37", db => db.Structures.Select(s => s.Id).FirstAsync());
        var creneau37 = await CreneauAsync(structure37, "37");
        var p = await ParcoursDeTest.CreerAsync(app);
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");

        Assert.Contains(ServiceRendezVous.CreneauIntrouvable, await ConvoquerAsync(agent, p.PersonneId, p.ParcoursId, creneau37.Id, TypeRendezVous.InformationCollective), StringComparison.Ordinal);

        var apres = await app.DansDepartementAsync("37", db => db.Set<Creneau>().AsNoTracking().SingleAsync(c => c.Id == creneau37.Id));
        Assert.Equal((0, creneau37.Version), (apres.Occupes, apres.Version));
        Assert.Equal(0, await app.DansDepartementAsync("49", db => db.Set<RendezVous>().CountAsync(r => r.PersonneId == p.PersonneId)));
    }

    [Fact]
    public async Task Convocation_sur_un_creneau_de_sa_structure_reussit()
    {
        var referent = await DonneesPortefeuille.CompteAsync(app, "referent@49");
        var suivie = await DonneesPortefeuille.SuivieAsync(app, referent, echeance: null);
        var sien = await CreneauAsync(referent.StructureId);
        using var navigateur = await Navigateur.ConnecteAsync(app, "referent@49");

        Assert.NotNull((await navigateur.PageAsync($"/personnes/{suivie.PersonneId}")).QuerySelector($"#CreneauId option[value='{sien.Id}']"));
        Assert.Contains("Convocation", await ConvoquerAsync(navigateur, suivie.PersonneId, suivie.ParcoursId, sien.Id), StringComparison.Ordinal);

        var (creneau, rendezVous) = await EtatAsync(sien.Id, suivie.PersonneId);
        Assert.Equal((1, 1), (creneau.Occupes, rendezVous));
    }

    [Fact]
    public async Task Creneau_dans_l_agenda_d_une_autre_structure_ou_d_un_autre_departement_repond_404_et_rien_n_est_cree()
    {
        var (_, structureId) = await ParcoursDeTest.CompteAsync(app, "referent@49.passerelle.test", Role.Referent);
        var autre = await AutreStructureAsync(structureId);
        var lieu = "Salle " + Guid.NewGuid().ToString("N")[..6];
        KeyValuePair<string, string>[] saisie = [Champ("Saisie.Type", "Suivi"), Champ("Saisie.Date", DansCinqJours), Champ("Saisie.Heure", "10:00"),
            Champ("Saisie.DureeMinutes", 30), Champ("Saisie.Lieu", lieu), Champ("Saisie.Capacite", 1)];
        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        Assert.Equal(HttpStatusCode.NotFound, (await referent.SoumettreAsync("/agenda", saisie, $"/agenda?StructureId={autre}")).StatusCode);
        using var agent37 = await Navigateur.ConnecteAsync(app, "agent@37");
        Assert.Equal(HttpStatusCode.NotFound, (await agent37.SoumettreAsync("/agenda", saisie, $"/agenda?StructureId={structureId}")).StatusCode);

        Assert.False(await app.DansDepartementAsync("49", db => db.Set<Creneau>().AnyAsync(c => c.Lieu == lieu)));
    }

    [Fact]
    public async Task Creneau_pour_le_referent_d_une_autre_structure_est_refuse_et_rien_n_est_cree()
    {
        var (_, structureId) = await ParcoursDeTest.CompteAsync(app, "referent@49.passerelle.test", Role.Referent);
        var etranger = await DonneesPortefeuille.NouveauReferentAsync(app, await AutreStructureAsync(structureId));
        var lieu = "Salle " + Guid.NewGuid().ToString("N")[..6];
        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");

        var reponse = await referent.SoumettreAsync("/agenda", [Champ("Saisie.Type", "Suivi"), Champ("Saisie.Date", DansCinqJours), Champ("Saisie.Heure", "10:00"),
            Champ("Saisie.DureeMinutes", 30), Champ("Saisie.Lieu", lieu), Champ("Saisie.Capacite", 1), Champ("Saisie.ReferentId", etranger.Id)], $"/agenda?StructureId={structureId}");

        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        Assert.Contains("Ce référent n'est pas de cette structure.", (await Navigateur.DocumentAsync(reponse)).Body!.TextContent, StringComparison.Ordinal);
        Assert.False(await app.DansDepartementAsync("49", db => db.Set<Creneau>().AnyAsync(c => c.Lieu == lieu)));
    }
}
