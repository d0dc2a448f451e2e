using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Referents;
using Passerelle.Web.Features.Referents.Transfert;
using static Passerelle.Tests.Features.Portefeuille.DonneesPortefeuille;

namespace Passerelle.Tests.Features.Portefeuille;

/// <summary>A structure head moves a référent's persons to others of the structure: history, audit, loads, and every refusal all or nothing.</summary>
public sealed class TransfertPortefeuilleTests(Application app) : IClassFixture<Application>
{
    private static KeyValuePair<string, string> Champ(string nom, object valeur) => new(nom, Convert.ToString(valeur, CultureInfo.InvariantCulture)!);

    private Task<int> AutreStructureAsync(int structure) =>
        app.DansDepartementAsync("49", db => db.Structures.Where(s => s.Id != structure && s.Actif).Select(s => s.Id).FirstAsync());

    private Task<List<(int PersonneId, string ReferentId)>> OuvertesAsync(IEnumerable<int> personnes)
    {
        var ids = personnes.ToList();
        return app.DansDepartementAsync("49", async db => (await db.Set<DesignationReferent>().AsNoTracking().Where(d => ids.Contains(d.PersonneId) && d.DateFin == null)
            .Select(d => new { d.PersonneId, d.ReferentId }).ToListAsync()).Select(d => (d.PersonneId, d.ReferentId)).OrderBy(d => d.PersonneId).ToList());
    }

    [Fact]
    public async Task Responsable_transfere_une_personne_a_un_referent_et_repartit_les_autres_les_charges_et_l_historique_suivent()
    {
        var ccas = (await CompteAsync(app, "responsable@49")).StructureId;
        var (sortant, a, b) = (await NouveauReferentAsync(app, ccas), await NouveauReferentAsync(app, ccas), await NouveauReferentAsync(app, ccas));
        var personnes = new List<(int PersonneId, int ParcoursId, string Nom)>();
        for (var i = 0; i < 3; i++) personnes.Add(await SuivieAsync(app, sortant, echeance: null));
        await SuivieAsync(app, a, echeance: null);
        using var navigateur = await Navigateur.ConnecteAsync(app, "responsable@49");

        var page = await navigateur.PageAsync($"/structure/transfert?StructureId={ccas}&Sortant={sortant.Id}");
        Assert.Equal("3", page.QuerySelector($"#charges tr[data-referent='{sortant.Id}'] .personnes")?.TextContent);
        Assert.Equal(3, page.QuerySelectorAll("#personnes-sortant tbody tr").Length);
        var reponse = await navigateur.SoumettreAsync($"/structure/transfert?StructureId={ccas}&Sortant={sortant.Id}",
        [
            .. personnes.Select(p => Champ("Personnes", p.PersonneId)), Champ($"Vers[{personnes[0].PersonneId}]", a.Id),
            Champ("Destinataires", a.Id), Champ("Destinataires", b.Id), Champ("Motif", MotifTransfert.Depart),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        // a already follows two (one before, one picked): the two spread go to b, the lighter.
        Assert.Equal([(personnes[0].PersonneId, a.Id), (personnes[1].PersonneId, b.Id), (personnes[2].PersonneId, b.Id)], await OuvertesAsync(personnes.Select(p => p.PersonneId)));
        Assert.Equal(b.Id, (await Orientation.ParcoursDeTest.LireAsync(app, personnes[2].ParcoursId)).ReferentId);
        var fin = await app.DansDepartementAsync("49", db => db.Set<DesignationReferent>().Where(d => d.PersonneId == personnes[1].PersonneId && d.DateFin != null).Select(d => d.MotifFin).SingleAsync());
        Assert.Equal("Transfert de portefeuille (départ du référent)", fin);
        Assert.Contains("Transfert de portefeuille (départ du référent)", (await navigateur.PageAsync($"/personnes/{personnes[1].PersonneId}/parcours")).Body!.TextContent, StringComparison.Ordinal);
        Assert.True(await app.DansDepartementAsync("49", db => db.Audit.AnyAsync(a => a.Action == ActionsReferents.Transfert && a.Details!.Contains("départ du référent"))));
        var apres = await navigateur.PageAsync($"/structure/transfert?StructureId={ccas}");
        Assert.Equal(["0", "2", "2"], new[] { sortant, a, b }.Select(r => apres.QuerySelector($"#charges tr[data-referent='{r.Id}'] .personnes")?.TextContent));
    }

    [Fact]
    public async Task Transfert_avec_une_personne_qui_n_est_pas_au_sortant_est_refuse_en_entier_avec_son_nom()
    {
        var ccas = (await CompteAsync(app, "responsable@49")).StructureId;
        var (sortant, a) = (await NouveauReferentAsync(app, ccas), await NouveauReferentAsync(app, ccas));
        var sienne = await SuivieAsync(app, sortant, echeance: null);
        var pasSienne = await SuivieAsync(app, a, echeance: null);
        using var navigateur = await Navigateur.ConnecteAsync(app, "responsable@49");

        var reponse = await navigateur.SoumettreAsync($"/structure/transfert?StructureId={ccas}&Sortant={sortant.Id}",
            [Champ("Personnes", sienne.PersonneId), Champ("Personnes", pasSienne.PersonneId), Champ("Destinataires", a.Id), Champ("Motif", MotifTransfert.Conge)]);

        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        Assert.Contains("Aucune personne n'a été transférée", (await Navigateur.DocumentAsync(reponse)).QuerySelector("#refus-transfert")?.TextContent, StringComparison.Ordinal);
        Assert.Equal([(sienne.PersonneId, sortant.Id), (pasSienne.PersonneId, a.Id)], await OuvertesAsync([sienne.PersonneId, pasSienne.PersonneId]));
    }

    [Fact]
    public async Task Referent_ne_transfere_pas_et_responsable_ni_vers_ni_depuis_une_autre_structure()
    {
        var ccas = (await CompteAsync(app, "responsable@49")).StructureId;
        var autre = await AutreStructureAsync(ccas);
        var (sortant, a) = (await NouveauReferentAsync(app, ccas), await NouveauReferentAsync(app, ccas));
        var (etranger, etrangerBis) = (await NouveauReferentAsync(app, autre), await NouveauReferentAsync(app, autre));
        var sienne = await SuivieAsync(app, sortant, echeance: null);
        var ailleurs = await SuivieAsync(app, etranger, echeance: null);
        using var responsable = await Navigateur.ConnecteAsync(app, "responsable@49");
        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        await responsable.PageAsync("/structure");

        Administration.Refus.Refuse(await referent.GetAsync($"/structure/transfert?StructureId={ccas}"), "référent GET /structure/transfert");
        var parReferent = await referent.Client.PostAsJsonAsync("/api/v1/portefeuilles/transfert",
            new SaisieTransfert(ccas, sortant.Id, MotifTransfert.Conge, [new(sienne.PersonneId, a.Id)]));
        Assert.Equal(HttpStatusCode.Forbidden, parReferent.StatusCode);
        var autreStructure = await responsable.Client.PostAsJsonAsync("/api/v1/portefeuilles/transfert",
            new SaisieTransfert(autre, etranger.Id, MotifTransfert.Conge, [new(ailleurs.PersonneId, etrangerBis.Id)]));
        Assert.Equal(HttpStatusCode.Forbidden, autreStructure.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await responsable.GetAsync($"/structure/transfert?StructureId={autre}")).StatusCode);
        var versEtranger = await responsable.Client.PostAsJsonAsync("/api/v1/portefeuilles/transfert",
            new SaisieTransfert(ccas, sortant.Id, MotifTransfert.Conge, [new(sienne.PersonneId, etranger.Id)]));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, versEtranger.StatusCode);
        Assert.Contains("même structure", await versEtranger.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal([(sienne.PersonneId, sortant.Id), (ailleurs.PersonneId, etranger.Id)], await OuvertesAsync([sienne.PersonneId, ailleurs.PersonneId]));
    }

    [Fact]
    public async Task Api_transfere_toutes_les_personnes_du_referent()
    {
        var ccas = (await CompteAsync(app, "responsable@49")).StructureId;
        var (sortant, a) = (await NouveauReferentAsync(app, ccas), await NouveauReferentAsync(app, ccas));
        var sienne = await SuivieAsync(app, sortant, echeance: null);
        using var responsable = await Navigateur.ConnecteAsync(app, "responsable@49");
        await responsable.PageAsync("/structure");

        var reponse = await responsable.Client.PostAsJsonAsync("/api/v1/portefeuilles/transfert",
            new SaisieTransfert(ccas, sortant.Id, MotifTransfert.Reequilibrage, [new(sienne.PersonneId, a.Id)]));

        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        Assert.Equal([(sienne.PersonneId, a.Id)], await OuvertesAsync([sienne.PersonneId]));
    }
}
