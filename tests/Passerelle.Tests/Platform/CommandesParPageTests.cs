using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Cohortes;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Orientation;
using Xunit.Abstractions;

namespace Passerelle.Tests.Platform;

/// <summary>
/// The daily pages of agents, référents and structure heads run a fixed, small number of SQL
/// commands, whatever the number of persons (issue 10 §3: each round trip costs under load). Before
/// issue 10 at 100,000 persons: home 4, overview 9, a queue 10 (with the référents' loads), the person
/// page 13; the counts and référents now come from <see cref="Passerelle.Web.Data.Cache.CacheDepartement"/>.
/// </summary>
public sealed class CommandesParPageTests(ApplicationProfilee app, ITestOutputHelper sortie) : IClassFixture<ApplicationProfilee>
{
    private async Task<int> CompterAsync(string login, string url)
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        // The first load fills the per-département caches: the page as used all day is the second.
        await navigateur.PageAsync(url);
        var reponse = await navigateur.GetAsync(url);
        Assert.Equal(System.Net.HttpStatusCode.OK, reponse.StatusCode);
        var commandes = ApplicationProfilee.Commandes(reponse) ?? throw new InvalidOperationException("Pas d'en-tête Server-Timing.");
        sortie.WriteLine($"{login} {url} : {commandes} commandes");
        return commandes;
    }

    private Task<int> PersonneAccompagneeAsync() => app.DansDepartementAsync("49", db =>
        db.Set<Parcours>().Where(p => p.Etape == EtapeParcours.Accompagne && p.DateCloture == null).OrderBy(p => p.Id).Select(p => p.PersonneId).FirstAsync());

    [Theory]
    // Issue 12 added the contracts ending soon and the capacities' deadlines (follow-ups after exit) to the home page.
    [InlineData("agent@49", "/", 5)]
    [InlineData("referent@49", "/", 6)]
    [InlineData("responsable@49", "/", 2)]
    [InlineData("agent@49", "/cohortes", 1)]
    [InlineData("agent@49", "/cohortes/a-inviter", 1)]
    [InlineData("agent@49", "/cohortes/invites", 1)]
    [InlineData("agent@49", "/cohortes/a-orienter", 1)]
    [InlineData("agent@49", "/cohortes/a-valider", 1)]
    [InlineData("agent@49", "/cohortes/sans-referent", 1)]
    [InlineData("agent@49", "/cohortes/retard-orientation", 1)]
    [InlineData("agent@49", "/cohortes/retard-premier-rdv", 1)]
    [InlineData("agent@49", "/cohortes/retard-contrat", 1)]
    [InlineData("agent@49", "/cohortes/reorientations", 1)]
    [InlineData("agent@49", "/cohortes/a-inviter?Filtre.Commune=49007&tri=nom", 2)]
    [InlineData("agent-territoire@49", "/cohortes/a-inviter", 1)]
    [InlineData("referent@49", "/portefeuille", 4)]
    [InlineData("responsable@49", "/structure", 8)]
    [InlineData("referent@49", "/agenda", 4)]
    [InlineData("responsable@49", "/agenda", 4)]
    [InlineData("agent@49", "/dossiers?Filtre.Nom=MARTIN", 2)]
    [InlineData("agent@49", "/dossiers?Filtre.Nir=185057800608436", 2)]
    public async Task Page_quotidienne_reste_sous_son_nombre_de_commandes(string login, string url, int maximum) =>
        Assert.InRange(await CompterAsync(login, url), 0, maximum);

    [Fact]
    public async Task Fiche_personne_reste_sous_son_nombre_de_commandes() =>
        // Each section of the page (decision 0012) reads its own rows, a fixed number of commands each: orientation,
        // contracts, appointments, journal and team, documents, exit, beneficiary space, deliveries (issue 12: 9 → 24);
        // the summary band adds one each for the référent's and structure's names, the next appointment and the contract,
        // the contact details and their last changes two (issue 13: 24 → 29); the prescriptions section reads the open
        // parcours and the prescriptions with their actions (issue 14: 29 → 30); the EP section reads the passages, their
        // appeals and the reminders in one command (issue 15: 30 → 31); the way to work adds four sections (issue 16: 31 → 38):
        // mises en relation one, immersions their page and count, IAE one, parrainage its page and count, who may propose
        // and the active mentors; the clauses section one, the person's contracts (a second, their hours, only for a person on a
        // clause) (38 → 39).
        Assert.InRange(await CompterAsync("agent@49", $"/personnes/{await PersonneAccompagneeAsync()}"), 1, 39);

    [Theory]
    [InlineData("a-inviter")]
    [InlineData("sans-referent")]
    public async Task File_plus_longue_ne_demande_pas_plus_de_commandes(string file)
    {
        var (territoire, nom) = await DonneesCohortes.CreerTerritoireAsync(app);
        var url = $"/cohortes/{file}?Filtre.TerritoireId={territoire}";
        var etape = file == "a-inviter" ? EtapeParcours.AInviter : EtapeParcours.SansReferent;
        await DonneesCohortes.CreerAsync(app, nom, p => Regler(p, etape));
        var avecUne = await CompterAsync("agent@49", url);
        for (var i = 0; i < 24; i++) await DonneesCohortes.CreerAsync(app, nom, p => Regler(p, etape));
        Assert.Equal(avecUne, await CompterAsync("agent@49", url));
    }

    private static void Regler(Parcours p, EtapeParcours etape)
    {
        p.Etape = etape;
        if (etape != EtapeParcours.SansReferent) return;
        (p.TypeOrientation, p.DateOrientation) = (TypeOrientation.Sociale, DonneesCohortes.Aujourdhui.AddDays(-3));
    }
}
