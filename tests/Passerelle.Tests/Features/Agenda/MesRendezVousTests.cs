using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Portefeuille;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Agenda;
using Passerelle.Web.Features.Agenda.MesRendezVous;

namespace Passerelle.Tests.Features.Agenda;

/// <summary>« Mes rendez-vous »: a référent's week in a list and a grid, only their own; a structure head's picker; other roles kept out.</summary>
public sealed class MesRendezVousTests(Application app) : IClassFixture<Application>
{
    private static DateOnly Lundi => SemaineIso.LundiDe(HeureDeTest.Aujourdhui);

    private Task PlanifierAsync(int personneId, string referentId, DateOnly jour, int heure) =>
        app.DansDepartementAsync("49", async db =>
        {
            db.Add(new RendezVous
            {
                PersonneId = personneId,
                Type = TypeRendezVous.Suivi,
                Lieu = "Bureau 12",
                ReferentId = referentId,
                CreePar = "test",
                CreeLe = HeureDeTest.MaintenantUtc,
                Debut = TimeZoneInfo.ConvertTimeToUtc(jour.ToDateTime(new TimeOnly(heure, 0)), Passerelle.Web.Platform.FuseauxDepartements.Paris),
            });
            await db.SaveChangesAsync();
        });

    [Fact]
    public async Task Referent_voit_ses_rendez_vous_de_la_semaine_en_liste_et_en_grille_et_pas_ceux_d_un_autre()
    {
        var structure = (await DonneesPortefeuille.CompteAsync(app, "responsable@49")).StructureId;
        var (a, b) = (await DonneesPortefeuille.NouveauReferentAsync(app, structure), await DonneesPortefeuille.NouveauReferentAsync(app, structure));
        var deA = await DonneesPortefeuille.SuivieAsync(app, a, echeance: null);
        var deB = await DonneesPortefeuille.SuivieAsync(app, b, echeance: null);
        await PlanifierAsync(deA.PersonneId, a.Id, Lundi.AddDays(1), 9);
        await PlanifierAsync(deA.PersonneId, a.Id, Lundi.AddDays(8), 9);
        await PlanifierAsync(deB.PersonneId, b.Id, Lundi.AddDays(1), 9);
        using var navigateur = await Navigateur.ConnecteAsync(app, a.Login);

        var page = await navigateur.PageAsync("/agenda/mes-rendez-vous");
        var liste = page.QuerySelector("#liste-semaine")!.TextContent;
        Assert.Contains(deA.Nom, liste, StringComparison.Ordinal);
        Assert.DoesNotContain(deB.Nom, liste, StringComparison.Ordinal);
        Assert.Single(page.QuerySelectorAll(".rdv-semaine"));
        Assert.NotNull(page.QuerySelector($"#liste-semaine a[href='/personnes/{deA.PersonneId}#rendez-vous-personne']"));
        var ligne9h = page.QuerySelectorAll("#grille-semaine tbody tr").Single(tr => tr.QuerySelector("th[scope=row]")!.TextContent.StartsWith("09", StringComparison.Ordinal));
        Assert.Contains(deA.Nom, ligne9h.Children[2].TextContent, StringComparison.Ordinal);
        Assert.Equal(8, page.QuerySelectorAll("#grille-semaine thead th[scope=col]").Length);

        var suivante = await navigateur.PageAsync(page.QuerySelector("#semaine-suivante")!.GetAttribute("href")!.Replace("?", "/agenda/mes-rendez-vous?", StringComparison.Ordinal));
        Assert.Single(suivante.QuerySelectorAll(".rdv-semaine"));
        Assert.Equal(HttpStatusCode.NotFound, (await navigateur.GetAsync($"/agenda/mes-rendez-vous?Referent={b.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await navigateur.GetAsync("/agenda/mes-rendez-vous?Semaine=2026-W99")).StatusCode);
    }

    [Fact]
    public async Task Responsable_choisit_un_referent_de_sa_structure_et_les_autres_roles_n_y_ont_pas_acces()
    {
        var structure = (await DonneesPortefeuille.CompteAsync(app, "responsable@49")).StructureId;
        var a = await DonneesPortefeuille.NouveauReferentAsync(app, structure);
        var deA = await DonneesPortefeuille.SuivieAsync(app, a, echeance: null);
        await PlanifierAsync(deA.PersonneId, a.Id, Lundi.AddDays(2), 14);
        var ailleurs = await DonneesPortefeuille.NouveauReferentAsync(app, await app.DansDepartementAsync("49", db => db.Structures.Where(s => s.Id != structure).Select(s => s.Id).FirstAsync()));
        using var responsable = await Navigateur.ConnecteAsync(app, "responsable@49");
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");

        var page = await responsable.PageAsync($"/agenda/mes-rendez-vous?Referent={a.Id}");
        Assert.NotNull(page.QuerySelector($"#Referent option[value='{a.Id}']"));
        Assert.Null(page.QuerySelector($"#Referent option[value='{ailleurs.Id}']"));
        Assert.Contains(deA.Nom, page.QuerySelector("#liste-semaine")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await responsable.GetAsync($"/agenda/mes-rendez-vous?Referent={ailleurs.Id}")).StatusCode);
        Administration.Refus.Refuse(await agent.GetAsync("/agenda/mes-rendez-vous"), "agent GET /agenda/mes-rendez-vous");
    }
}
