using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Agenda;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Tests.Features.Orientation;

public sealed class AgendaTests(Application app) : IClassFixture<Application>
{
    private static KeyValuePair<string, string> Champ(string nom, object valeur) => new(nom, Convert.ToString(valeur, System.Globalization.CultureInfo.InvariantCulture)!);

    private static string Demain => DateTime.UtcNow.AddDays(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Le_referent_ouvre_un_creneau_collectif_et_l_agent_y_convoque_jusqu_a_ce_qu_il_soit_complet()
    {
        var (_, structureId) = await ParcoursDeTest.CompteAsync(app, "referent@49.passerelle.test", Role.Referent);
        var lieu = "Salle " + Guid.NewGuid().ToString("N")[..6];
        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        var reponse = await referent.SoumettreAsync("/agenda", [Champ("Saisie.Type", "InformationCollective"), Champ("Saisie.Date", Demain), Champ("Saisie.Heure", "09:00"),
            Champ("Saisie.DureeMinutes", 90), Champ("Saisie.Lieu", lieu), Champ("Saisie.Capacite", 1)], $"/agenda?StructureId={structureId}");
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        var creneau = await app.DansDepartementAsync("49", db => db.Set<Creneau>().SingleAsync(c => c.Lieu == lieu));
        Assert.Contains(lieu, (await referent.PageAsync($"/agenda?StructureId={structureId}")).QuerySelector("#creneaux")!.TextContent, StringComparison.Ordinal);

        var premiere = await ParcoursDeTest.CreerAsync(app);
        var seconde = await ParcoursDeTest.CreerAsync(app);
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        foreach (var p in new[] { premiere, seconde })
        {
            var version = (await ParcoursDeTest.LireAsync(app, p.ParcoursId)).Version;
            await agent.SoumettreAsync($"/personnes/{p.PersonneId}", [Champ("Version", version), Champ("TypeRdv", "InformationCollective"), Champ("CreneauId", creneau.Id)],
                ActionsPagePersonne.Url(p.PersonneId, "ConvoquerCreneau"));
        }
        var rendezVous = await app.DansDepartementAsync("49", db => db.Set<RendezVous>().Where(r => r.CreneauId == creneau.Id).ToListAsync());
        Assert.Equal(premiere.PersonneId, Assert.Single(rendezVous).PersonneId);
        Assert.Equal((lieu, creneau.Debut), (rendezVous[0].Lieu, rendezVous[0].Debut));
        Assert.Equal(1, (await app.DansDepartementAsync("49", db => db.Set<Creneau>().SingleAsync(c => c.Id == creneau.Id))).Occupes);
        Assert.Equal(EtapeParcours.AInviter, (await ParcoursDeTest.LireAsync(app, seconde.ParcoursId)).Etape);
        var message = (await agent.PageAsync($"/personnes/{seconde.PersonneId}")).QuerySelector("[role=alert]")?.TextContent;
        Assert.Contains("est complet", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Un_creneau_passe_ou_sans_lieu_est_refuse_et_rien_n_est_cree()
    {
        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        var avant = await app.DansDepartementAsync("49", db => db.Set<Creneau>().CountAsync());
        var page = await Navigateur.DocumentAsync(await referent.SoumettreAsync("/agenda", [Champ("Saisie.Type", "Suivi"), Champ("Saisie.Date", "2020-03-02"), Champ("Saisie.Heure", "09:00"),
            Champ("Saisie.DureeMinutes", 30), Champ("Saisie.Lieu", ""), Champ("Saisie.Capacite", 0)]));
        var texte = page.Body!.TextContent;
        Assert.Contains("Ce créneau est passé", texte, StringComparison.Ordinal);
        Assert.Contains("Indiquez le lieu.", texte, StringComparison.Ordinal);
        Assert.Contains("La capacité va de 1 à 200 personnes.", texte, StringComparison.Ordinal);
        Assert.Equal(avant, await app.DansDepartementAsync("49", db => db.Set<Creneau>().CountAsync()));
    }

    [Fact]
    public async Task Un_referent_ne_voit_pas_l_agenda_d_une_autre_structure_et_les_autres_roles_sont_refuses()
    {
        var (_, structureId) = await ParcoursDeTest.CompteAsync(app, "referent@49.passerelle.test", Role.Referent);
        var autre = await app.DansDepartementAsync("49", db => db.Structures.Where(s => s.Id != structureId).Select(s => s.Id).FirstAsync());
        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        Assert.Equal(HttpStatusCode.NotFound, (await referent.GetAsync($"/agenda?StructureId={autre}")).StatusCode);
        using var autreDepartement = await Navigateur.ConnecteAsync(app, "agent@37");
        Assert.Equal(HttpStatusCode.NotFound, (await autreDepartement.GetAsync($"/agenda?StructureId={structureId}")).StatusCode);
        foreach (var login in new[] { "operateur@49", "pilote@49", "lecteur@49", "beneficiaire@49" })
        {
            using var navigateur = await Navigateur.ConnecteAsync(app, login);
            Refus.Refuse(await navigateur.GetAsync("/agenda"), login);
        }
    }
}
