using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Cohortes;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Referents;
using Passerelle.Web.Platform.Securite;
using static Passerelle.Tests.Features.Cohortes.DonneesCohortes;

namespace Passerelle.Tests.Features.Cohortes;

public sealed class ActionsGroupeesTests(Application app) : IClassFixture<Application>
{
    private const string Conflit = "vient d'être modifiée par un autre utilisateur";

    private static Dictionary<int, string> Cases(IHtmlDocument page) =>
        page.QuerySelectorAll("#cohorte tbody tr").ToDictionary(
            tr => int.Parse(tr.GetAttribute("data-parcours")!, System.Globalization.CultureInfo.InvariantCulture),
            tr => tr.QuerySelector("input[name='Saisie.Selection']")!.GetAttribute("value")!);

    private static async Task<IHtmlDocument> PosterAsync(Navigateur navigateur, string url, IEnumerable<KeyValuePair<string, string>> champs)
    {
        var reponse = await navigateur.SoumettreAsync(url, champs);
        Assert.Equal(System.Net.HttpStatusCode.OK, reponse.StatusCode);
        return await Navigateur.DocumentAsync(reponse);
    }

    private static string Bilan(IHtmlDocument page) => page.QuerySelector("#bilan .fr-alert__title")?.TextContent.Trim() ?? "(pas de bilan)";

    private Task<ParcoursDeTest> PropositionAsync(string territoire) =>
        CreerAsync(app, territoire, p => (p.Etape, p.TypeOrientation) = (EtapeParcours.OrientationProposee, TypeOrientation.Sociale))
            .ContinueWith(async t =>
            {
                var parcours = t.Result;
                await app.DansDepartementAsync("49", async db =>
                {
                    db.Add(new DecisionOrientation
                    {
                        ParcoursId = parcours.Id,
                        PersonneId = parcours.PersonneId,
                        Type = TypeOrientation.Sociale,
                        Origine = OrigineOrientation.Manuelle,
                        Statut = StatutDecision.Proposee,
                        Motif = "Test",
                        ProposeeLe = DateTime.UtcNow,
                        ProposeePar = "test",
                    });
                    await db.SaveChangesAsync();
                });
                return parcours;
            }).Unwrap();

    [Fact]
    public async Task Proposition_en_masse_donne_le_bilan_et_refuse_la_version_perimee()
    {
        var (territoire, nom) = await CreerTerritoireAsync(app);
        var a = await CreerAsync(app, nom, p => p.Etape = EtapeParcours.AOrienter);
        var b = await CreerAsync(app, nom, p => p.Etape = EtapeParcours.AOrienter);
        var perime = await CreerAsync(app, nom, p => p.Etape = EtapeParcours.AOrienter);
        var url = $"/cohortes/{FilesDeTravail.AOrienter.Code}?Filtre.TerritoireId={territoire}";
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@49");
        var cases = Cases(await navigateur.PageAsync(url));
        await ModifierAsync(app, perime.Id, p => p.DernierContact = Aujourdhui);

        var page = await PosterAsync(navigateur, url,
        [
            new("Saisie.Action", nameof(ActionGroupee.Proposer)), new("Saisie.Type", nameof(TypeOrientation.Sociale)), new("Saisie.Motif", "Freins sociaux repérés"),
            new("Saisie.Selection", cases[a.Id]), new("Saisie.Selection", cases[b.Id]), new("Saisie.Selection", cases[perime.Id]),
        ]);

        Assert.Equal("Proposition d'orientation : 2 réussis, 1 refusé", Bilan(page));
        var refus = page.QuerySelector("#refusees li")!.TextContent;
        Assert.Contains(perime.NomComplet, refus, StringComparison.Ordinal);
        Assert.Contains(Conflit, refus, StringComparison.Ordinal);
        Assert.Equal(EtapeParcours.OrientationProposee, (await LireAsync(app, a.Id)).Etape);
        Assert.Equal(EtapeParcours.AOrienter, (await LireAsync(app, perime.Id)).Etape);
        var origine = await app.DansDepartementAsync("49", db => db.Set<DecisionOrientation>().Where(d => d.ParcoursId == b.Id).Select(d => d.Origine).SingleAsync());
        Assert.Equal(OrigineOrientation.Cohorte, origine);
        Assert.Equal([perime.NomComplet], page.QuerySelectorAll("#cohorte tbody th").Select(th => th.TextContent.Trim()));
    }

    [Fact]
    public async Task Invitation_en_masse_des_nouveaux_entrants_de_la_page_cochee()
    {
        var (territoire, nom) = await CreerTerritoireAsync(app);
        var a = await CreerAsync(app, nom, p => p.Etape = EtapeParcours.AInviter);
        var b = await CreerAsync(app, nom, p => p.Etape = EtapeParcours.AInviter);
        var url = $"/cohortes/{FilesDeTravail.AInviter.Code}?Filtre.TerritoireId={territoire}&cocher=true";
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@49");
        var liste = await navigateur.PageAsync(url);
        var cochees = liste.QuerySelectorAll("input[name='Saisie.Selection'][checked]").Select(i => i.GetAttribute("value")!).ToList();
        Assert.Equal(2, cochees.Count);

        var page = await PosterAsync(navigateur, url, [new("Saisie.Action", nameof(ActionGroupee.Inviter)), .. cochees.Select(c => new KeyValuePair<string, string>("Saisie.Selection", c))]);

        Assert.Equal("Invitation : 2 réussis, 0 refusé", Bilan(page));
        foreach (var p in new[] { a, b })
        {
            var fin = await LireAsync(app, p.Id);
            Assert.Equal((EtapeParcours.Invite, 1, Aujourdhui), (fin.Etape, fin.NombreInvitations, fin.DateInvitation));
        }
    }

    [Fact]
    public async Task Deux_agents_valident_la_meme_personne_le_second_est_refuse_clairement()
    {
        var (territoire, nom) = await CreerTerritoireAsync(app);
        var parcours = await PropositionAsync(nom);
        var (_, email) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.AgentDepartemental);
        var url = $"/cohortes/{FilesDeTravail.AValider.Code}?Filtre.TerritoireId={territoire}";
        using var premier = await Navigateur.ConnecteAsync(app, "agent@49");
        using var second = await ComptesDeTest.ConnecterAsync(app, email);
        var casePremier = Cases(await premier.PageAsync(url))[parcours.Id];
        var caseSecond = Cases(await second.PageAsync(url))[parcours.Id];
        var jetonSecond = await ComptesDeTest.JetonAsync(second, url);

        var pagePremier = await PosterAsync(premier, url, [new("Saisie.Action", nameof(ActionGroupee.Valider)), new("Saisie.Selection", casePremier)]);
        var apres = await LireAsync(app, parcours.Id);
        var reponse = await second.PosterAsync(url, [new("Saisie.Action", nameof(ActionGroupee.Valider)), new("Saisie.Selection", caseSecond)], jetonSecond);
        var pageSecond = await Navigateur.DocumentAsync(reponse);

        Assert.Equal("Validation de l'orientation : 1 réussi, 0 refusé", Bilan(pagePremier));
        Assert.Equal("Validation de l'orientation : 0 réussi, 1 refusé", Bilan(pageSecond));
        Assert.Contains(Conflit, pageSecond.QuerySelector("#refusees")!.TextContent, StringComparison.Ordinal);
        var fin = await LireAsync(app, parcours.Id);
        Assert.Equal((EtapeParcours.SansReferent, apres.Version), (fin.Etape, fin.Version));
        Assert.Equal(1, await app.DansDepartementAsync("49", db => db.Set<DecisionOrientation>().CountAsync(d => d.ParcoursId == parcours.Id && d.Statut == StatutDecision.Validee)));
    }

    [Fact]
    public async Task Selection_de_toute_la_file_filtree_traite_aussi_les_autres_pages()
    {
        var (territoire, nom) = await CreerTerritoireAsync(app);
        var crees = new List<ParcoursDeTest>();
        for (var i = 0; i < 22; i++) crees.Add(await PropositionAsync(nom));
        var url = $"/cohortes/{FilesDeTravail.AValider.Code}?Filtre.TerritoireId={territoire}&tout=true";
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@49");
        var page = await navigateur.PageAsync(url);
        Assert.Contains("22 personnes de la file filtrée sont sélectionnées", page.QuerySelector("#selection-complete")!.TextContent, StringComparison.Ordinal);
        var tout = page.QuerySelector("input[name='Saisie.Tout']")!.GetAttribute("value")!;

        var resultat = await PosterAsync(navigateur, url, [new("Saisie.Action", nameof(ActionGroupee.Valider)), new("Saisie.Tout", tout)]);

        Assert.Equal("Validation de l'orientation : 22 réussis, 0 refusé", Bilan(resultat));
        Assert.Equal("0 personne(s) dans cette file", resultat.QuerySelector("#nombre-resultats")!.TextContent.Trim());
    }

    [Fact]
    public async Task Action_sans_selection_ou_sans_type_n_est_pas_lancee()
    {
        var (territoire, nom) = await CreerTerritoireAsync(app);
        var parcours = await CreerAsync(app, nom, p => p.Etape = EtapeParcours.AOrienter);
        var url = $"/cohortes/{FilesDeTravail.AOrienter.Code}?Filtre.TerritoireId={territoire}";
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@49");
        var sansSelection = await PosterAsync(navigateur, url, [new("Saisie.Action", nameof(ActionGroupee.PreOrienter))]);
        Assert.Contains("Cochez au moins une personne", sansSelection.QuerySelector("#erreur-action")!.TextContent, StringComparison.Ordinal);
        var sansType = await PosterAsync(navigateur, url, [new("Saisie.Action", nameof(ActionGroupee.Proposer)), new("Saisie.Selection", $"{parcours.Id}:0")]);
        Assert.Contains("type d'orientation", sansType.QuerySelector("#erreur-action")!.TextContent, StringComparison.Ordinal);
        var horsFile = await PosterAsync(navigateur, url, [new("Saisie.Action", nameof(ActionGroupee.Valider)), new("Saisie.Selection", $"{parcours.Id}:0")]);
        Assert.Contains("action proposée pour cette file", horsFile.QuerySelector("#erreur-action")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(EtapeParcours.AOrienter, (await LireAsync(app, parcours.Id)).Etape);
    }

    [Fact]
    public async Task Agent_d_un_autre_departement_ne_traite_pas_un_parcours_du_49()
    {
        var (_, nom) = await CreerTerritoireAsync(app);
        var parcours = await PropositionAsync(nom);
        var version = (await LireAsync(app, parcours.Id)).Version;
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@37");
        var page = await PosterAsync(navigateur, $"/cohortes/{FilesDeTravail.AValider.Code}",
            [new("Saisie.Action", nameof(ActionGroupee.Valider)), new("Saisie.Selection", $"{parcours.Id}:{version}")]);
        Assert.Equal("Validation de l'orientation : 0 réussi, 1 refusé", Bilan(page));
        var refus = page.QuerySelector("#refusees")!.TextContent;
        Assert.Contains("pas dans votre périmètre", refus, StringComparison.Ordinal);
        Assert.DoesNotContain(parcours.Nom, refus, StringComparison.Ordinal);
        Assert.Equal(EtapeParcours.OrientationProposee, (await LireAsync(app, parcours.Id)).Etape);
    }

    [Fact]
    public async Task Designation_en_masse_du_referent_choisi_dans_sa_structure()
    {
        var (territoire, nom) = await CreerTerritoireAsync(app);
        var referentId = await ComptesDeTest.IdDeAsync(app, "referent@49");
        var structure = await app.DansDepartementAsync("49", async db =>
        {
            var s = await db.Habilitations.Where(h => h.UtilisateurId == referentId && h.Role == Role.Referent).Select(h => h.StructureId!.Value).FirstAsync();
            if (!await db.Set<OffreAccompagnement>().AnyAsync(o => o.StructureId == s && o.TypeOrientation == TypeOrientation.Sociale))
            {
                db.Add(new OffreAccompagnement { StructureId = s, TypeOrientation = TypeOrientation.Sociale });
                await db.SaveChangesAsync();
            }
            return s;
        });
        var j = Aujourdhui;
        var parcours = await CreerAsync(app, nom, p => (p.Etape, p.TypeOrientation, p.DateOrientation, p.EcheancePremierRdv, p.EcheanceContrat) =
            (EtapeParcours.SansReferent, TypeOrientation.Sociale, j, j.AddDays(14), j.AddDays(28)));
        var url = $"/cohortes/{FilesDeTravail.SansReferent.Code}?Filtre.TerritoireId={territoire}";
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@49");
        var liste = await navigateur.PageAsync(url);
        Assert.NotNull(liste.QuerySelector($"#Saisie_Referent option[value='{structure}:{referentId}']"));

        var page = await PosterAsync(navigateur, url,
            [new("Saisie.Action", nameof(ActionGroupee.Designer)), new("Saisie.Referent", $"{structure}:{referentId}"), new("Saisie.Selection", Cases(liste)[parcours.Id])]);

        Assert.Equal("Désignation du référent : 1 réussi, 0 refusé", Bilan(page));
        var fin = await LireAsync(app, parcours.Id);
        Assert.Equal((EtapeParcours.Accompagne, referentId, structure), (fin.Etape, fin.ReferentId, fin.StructureId));
    }
}
