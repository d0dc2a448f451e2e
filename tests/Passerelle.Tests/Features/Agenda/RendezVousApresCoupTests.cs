using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Orientation;
using Passerelle.Tests.Features.Portefeuille;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Agenda;
using Passerelle.Web.Features.Envois;
using Passerelle.Web.Features.Orientation;

namespace Passerelle.Tests.Features.Agenda;

/// <summary>An appointment recorded after the fact: effects on the parcours, bounds, scope, role, and who reads its write-up.</summary>
public sealed class RendezVousApresCoupTests(Application app) : IClassFixture<Application>
{
    private static DateOnly Aujourdhui => HeureDeTest.Aujourdhui;
    private static KeyValuePair<string, string> Champ(string nom, object valeur) => new(nom, Convert.ToString(valeur, CultureInfo.InvariantCulture)!);

    private async Task<string?> EnregistrerAsync(Navigateur navigateur, int personneId, int parcoursId, DateOnly jour, TypeRendezVous type = TypeRendezVous.PremierRdvReferent,
        StatutRendezVous statut = StatutRendezVous.Honore, string? compteRendu = null, bool reserve = false)
    {
        var version = (await ParcoursDeTest.LireAsync(app, parcoursId)).Version;
        List<KeyValuePair<string, string>> champs = [Champ("Version", version), Champ("TypeRdv", type), Champ("DateRdv", jour.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            Champ("HeureRdv", "10:30"), Champ("Lieu", "CCAS d'Angers"), Champ("Statut", statut), Champ("CompteRendu", compteRendu ?? "")];
        if (reserve) champs.Add(Champ("Reserve", "true"));
        var reponse = await navigateur.SoumettreAsync("/", champs, ActionsPagePersonne.Url(personneId, "ApresCoup"));
        if (reponse.StatusCode != HttpStatusCode.Redirect || reponse.Headers.Location?.OriginalString.StartsWith("/personnes/", StringComparison.Ordinal) != true)
            return reponse.Headers.Location?.OriginalString ?? reponse.StatusCode.ToString();
        return (await navigateur.PageAsync($"/personnes/{personneId}")).QuerySelector(".fr-alert")?.TextContent;
    }

    private Task<List<RendezVous>> RendezVousAsync(int personneId) =>
        app.DansDepartementAsync("49", db => db.Set<RendezVous>().AsNoTracking().Where(r => r.PersonneId == personneId).ToListAsync());

    [Fact]
    public async Task Referent_enregistre_le_premier_rendez_vous_d_hier_avec_son_compte_rendu_sans_convocation_et_le_delai_est_tenu()
    {
        var referent = await DonneesPortefeuille.CompteAsync(app, "referent@49");
        var suivie = await DonneesPortefeuille.SuivieAsync(app, referent, echeance: null);
        using var navigateur = await Navigateur.ConnecteAsync(app, "referent@49");

        var message = await EnregistrerAsync(navigateur, suivie.PersonneId, suivie.ParcoursId, Aujourdhui.AddDays(-1), compteRendu: "Projet : permis B et recherche d'un CAP.");

        Assert.Contains("enregistré", message, StringComparison.Ordinal);
        var rdv = Assert.Single(await RendezVousAsync(suivie.PersonneId));
        Assert.Equal((StatutRendezVous.Honore, false, "Projet : permis B et recherche d'un CAP.", referent.Id), (rdv.Statut, rdv.Convocation, rdv.CompteRendu, rdv.ReferentId));
        var parcours = await ParcoursDeTest.LireAsync(app, suivie.ParcoursId);
        Assert.Equal((Aujourdhui.AddDays(-1), Aujourdhui.AddDays(-1)), (parcours.DatePremierRdvReferent, parcours.DernierContact));
        Assert.False(await app.DansDepartementAsync("49", db => db.Set<Envoi>().AnyAsync(e => e.PersonneId == suivie.PersonneId)));
        Assert.True(await app.DansDepartementAsync("49", db => db.Audit.AnyAsync(a => a.Action == ActionsAgenda.RendezVousPasse && a.ObjetId == suivie.ParcoursId.ToString(CultureInfo.InvariantCulture))));
        var chronologie = (await navigateur.PageAsync($"/personnes/{suivie.PersonneId}/parcours")).Body!.TextContent;
        Assert.Contains("Rendez-vous enregistré après coup", chronologie, StringComparison.Ordinal);
        Assert.Contains("permis B", chronologie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agent_enregistre_un_entretien_d_orientation_honore_et_la_personne_passe_a_orienter()
    {
        var personne = await DonneesPortefeuille.PersonneAsync(app, p => p.DateEntree = Aujourdhui.AddDays(-40));
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");

        await EnregistrerAsync(agent, personne.PersonneId, personne.ParcoursId, Aujourdhui.AddDays(-2), TypeRendezVous.EntretienOrientation);

        Assert.Equal(EtapeParcours.AOrienter, (await ParcoursDeTest.LireAsync(app, personne.ParcoursId)).Etape);
    }

    [Fact]
    public async Task Rendez_vous_futur_trop_ancien_avant_le_parcours_ou_compte_rendu_trop_long_est_refuse_et_rien_n_est_ecrit()
    {
        var referent = await DonneesPortefeuille.CompteAsync(app, "referent@49");
        var suivie = await DonneesPortefeuille.SuivieAsync(app, referent, echeance: null);
        var recente = await DonneesPortefeuille.PersonneAsync(app, p =>
        {
            (p.Etape, p.DateEntree, p.TypeOrientation, p.StructureId, p.ReferentId) = (EtapeParcours.Accompagne, Aujourdhui.AddDays(-10), TypeOrientation.Sociale, referent.StructureId, referent.Id);
        });
        await DonneesPortefeuille.DesignerAsync(app, recente.ParcoursId, recente.PersonneId, referent, TypeOrientation.Sociale, Aujourdhui.AddDays(-10));
        using var navigateur = await Navigateur.ConnecteAsync(app, "referent@49");

        Assert.Contains("pas encore eu lieu", await EnregistrerAsync(navigateur, suivie.PersonneId, suivie.ParcoursId, Aujourdhui.AddDays(1)), StringComparison.Ordinal);
        Assert.Contains("plus de 12 mois", await EnregistrerAsync(navigateur, suivie.PersonneId, suivie.ParcoursId, Aujourdhui.AddMonths(-13)), StringComparison.Ordinal);
        Assert.Contains("2 000 caractères", await EnregistrerAsync(navigateur, suivie.PersonneId, suivie.ParcoursId, Aujourdhui.AddDays(-1), compteRendu: new string('x', 2001)), StringComparison.Ordinal);
        Assert.Contains("précède l'ouverture du parcours", await EnregistrerAsync(navigateur, recente.PersonneId, recente.ParcoursId, Aujourdhui.AddDays(-20)), StringComparison.Ordinal);
        Assert.Contains("honoré, manqué ou excusé", await EnregistrerAsync(navigateur, suivie.PersonneId, suivie.ParcoursId, Aujourdhui.AddDays(-1), statut: StatutRendezVous.Planifie), StringComparison.Ordinal);

        Assert.Empty(await RendezVousAsync(suivie.PersonneId));
        Assert.Empty(await RendezVousAsync(recente.PersonneId));
        Assert.Null((await ParcoursDeTest.LireAsync(app, suivie.ParcoursId)).DernierContact);
    }

    [Fact]
    public async Task Hors_perimetre_ou_role_sans_agenda_l_enregistrement_est_refuse()
    {
        var autre = await DonneesPortefeuille.NouveauReferentAsync(app, (await DonneesPortefeuille.CompteAsync(app, "referent@49")).StructureId);
        var suivieParAutre = await DonneesPortefeuille.SuivieAsync(app, autre, echeance: null);
        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        using var operateur = await Navigateur.ConnecteAsync(app, "operateur@49");

        Assert.Equal(nameof(HttpStatusCode.NotFound), await EnregistrerAsync(referent, suivieParAutre.PersonneId, suivieParAutre.ParcoursId, Aujourdhui.AddDays(-1)));
        Assert.Contains("/erreur/403", await EnregistrerAsync(operateur, suivieParAutre.PersonneId, suivieParAutre.ParcoursId, Aujourdhui.AddDays(-1)), StringComparison.Ordinal);
        Assert.Empty(await RendezVousAsync(suivieParAutre.PersonneId));
    }

    [Fact]
    public async Task Compte_rendu_reserve_n_est_lu_que_par_son_auteur_et_le_referent_les_autres_le_voient_masque()
    {
        var referent = await DonneesPortefeuille.CompteAsync(app, "referent@49");
        var suivie = await DonneesPortefeuille.SuivieAsync(app, referent, echeance: null);
        using var navigateur = await Navigateur.ConnecteAsync(app, "referent@49");
        await EnregistrerAsync(navigateur, suivie.PersonneId, suivie.ParcoursId, Aujourdhui.AddDays(-3), TypeRendezVous.Suivi, compteRendu: "Ouvert pour l'équipe.");
        await EnregistrerAsync(navigateur, suivie.PersonneId, suivie.ParcoursId, Aujourdhui.AddDays(-1), TypeRendezVous.Suivi, compteRendu: "Difficultés familiales confiées.", reserve: true);
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");

        var vuParAgent = (await agent.PageAsync($"/personnes/{suivie.PersonneId}")).QuerySelector("#rendez-vous")!.TextContent;
        var chronologieAgent = (await agent.PageAsync($"/personnes/{suivie.PersonneId}/parcours")).Body!.TextContent;
        var vuParReferent = (await navigateur.PageAsync($"/personnes/{suivie.PersonneId}")).QuerySelector("#rendez-vous")!.TextContent;

        Assert.Contains("Ouvert pour l'équipe.", vuParAgent, StringComparison.Ordinal);
        Assert.DoesNotContain("Difficultés familiales", vuParAgent, StringComparison.Ordinal);
        Assert.Contains("Réservé au référent", vuParAgent, StringComparison.Ordinal);
        Assert.DoesNotContain("Difficultés familiales", chronologieAgent, StringComparison.Ordinal);
        Assert.Contains("Difficultés familiales confiées.", vuParReferent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Statut_d_un_rendez_vous_planifie_enregistre_avec_son_compte_rendu()
    {
        var referent = await DonneesPortefeuille.CompteAsync(app, "referent@49");
        var suivie = await DonneesPortefeuille.SuivieAsync(app, referent, echeance: null);
        await DonneesPortefeuille.RendezVousAsync(app, suivie.PersonneId, HeureDeTest.MaintenantUtc.AddHours(-2), StatutRendezVous.Planifie, convocation: true);
        var rdv = Assert.Single(await RendezVousAsync(suivie.PersonneId));
        using var navigateur = await Navigateur.ConnecteAsync(app, "referent@49");

        await navigateur.SoumettreAsync($"/personnes/{suivie.PersonneId}", [Champ("RendezVousId", rdv.Id), Champ("Version", rdv.Version), Champ("Statut", StatutRendezVous.Absent),
            Champ("CompteRendu", "Pas venue, à rappeler.")], ActionsPagePersonne.Url(suivie.PersonneId, "Statut"));

        Assert.Equal((StatutRendezVous.Absent, "Pas venue, à rappeler."), (await RendezVousAsync(suivie.PersonneId)).Select(r => (r.Statut, r.CompteRendu)).Single());
    }
}
