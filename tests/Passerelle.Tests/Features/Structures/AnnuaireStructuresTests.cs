using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Support;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Tests.Features.Structures;

public sealed class AnnuaireStructuresTests(Application app) : IClassFixture<Application>
{
    [Theory]
    [InlineData("admin@49")]
    [InlineData("agent@49")]
    [InlineData("agent-territoire@49")]
    [InlineData("referent@49")]
    [InlineData("responsable@49")]
    [InlineData("operateur@49")]
    [InlineData("pilote@49")]
    public async Task Annuaire_ouvert_aux_roles_qui_travaillent_avec_les_structures(string login)
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        var page = await navigateur.PageAsync("/structures");
        Assert.Equal("Annuaire des structures", page.QuerySelector("h1")?.TextContent);
        Assert.NotEmpty(page.QuerySelectorAll("#structures tbody tr"));
    }

    [Theory]
    [InlineData("membre-ep@49")]
    [InlineData("lecteur@49")]
    [InlineData("beneficiaire@49")]
    public async Task Annuaire_refuse_aux_autres_roles(string login)
    {
        var (id, _) = await DonneesStructures.DuSeulTerritoireAsync(app, "49", "Angers Loire Métropole");
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        foreach (var url in new[] { "/structures", $"/structures/{id}" })
        {
            var reponse = await navigateur.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
            Assert.StartsWith("/erreur/403", reponse.Headers.Location?.AbsolutePath, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Annuaire_sans_session_redirige_vers_la_connexion()
    {
        using var navigateur = Navigateur.Anonyme(app);
        Assert.Equal("/connexion", (await navigateur.GetAsync("/structures")).Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task Agent_departemental_voit_toutes_les_structures_actives_par_pages()
    {
        var actives = await app.DansDepartementAsync("49", db => db.Structures.CountAsync(s => s.Actif));
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@49");
        var page = await navigateur.PageAsync("/structures");
        Assert.Equal($"{actives} structure(s)", page.QuerySelector("#nombre-resultats")?.TextContent);
        Assert.Equal(Math.Min(actives, 20), page.QuerySelectorAll("#structures tbody tr").Length);
        var derniere = await navigateur.PageAsync($"/structures?numero={(actives + 19) / 20}");
        Assert.Equal(actives - 20 * ((actives - 1) / 20), derniere.QuerySelectorAll("#structures tbody tr").Length);
    }

    [Fact]
    public async Task Agent_territorial_voit_les_structures_de_son_territoire_seulement()
    {
        var (angers, nomAngers) = await DonneesStructures.DuSeulTerritoireAsync(app, "49", "Angers Loire Métropole");
        var (saumur, nomSaumur) = await DonneesStructures.DuSeulTerritoireAsync(app, "49", "Saumurois");
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent-territoire@49");
        Assert.Equal("1 structure(s)", (await navigateur.PageAsync($"/structures?q={Uri.EscapeDataString(nomAngers)}")).QuerySelector("#nombre-resultats")?.TextContent);
        Assert.Equal("0 structure(s)", (await navigateur.PageAsync($"/structures?q={Uri.EscapeDataString(nomSaumur)}")).QuerySelector("#nombre-resultats")?.TextContent);
        Assert.Equal(nomAngers, (await navigateur.PageAsync($"/structures/{angers}")).QuerySelector("h1")?.TextContent);
        var refus = await navigateur.GetAsync($"/structures/{saumur}");
        Assert.StartsWith("/erreur/403", refus.Headers.Location?.AbsolutePath, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("referent@49", Role.Referent)]
    [InlineData("responsable@49", Role.ResponsableStructure)]
    [InlineData("operateur@49", Role.Operateur)]
    public async Task Roles_de_structure_ne_voient_que_leur_structure(string login, Role role)
    {
        var email = Navigateur.Email(login);
        var sienne = await app.DansDepartementAsync("49", db => db.Habilitations
            .Where(h => h.Role == role && db.Users.Any(u => u.Id == h.UtilisateurId && u.Email == email))
            .Select(h => new { Id = h.StructureId!.Value, h.Structure!.Nom }).SingleAsync());
        var (autre, _) = await DonneesStructures.DuSeulTerritoireAsync(app, "49", "Saumurois");
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        var liste = await navigateur.PageAsync("/structures");
        Assert.Equal(sienne.Nom, Assert.Single(liste.QuerySelectorAll("#structures tbody th")).TextContent.Trim());
        Assert.Equal(sienne.Nom, (await navigateur.PageAsync($"/structures/{sienne.Id}")).QuerySelector("h1")?.TextContent);
        Assert.StartsWith("/erreur/403", (await navigateur.GetAsync($"/structures/{autre}")).Headers.Location?.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fiche_d_un_autre_departement_ou_inconnue_repond_404()
    {
        var (id, _) = await DonneesStructures.DuSeulTerritoireAsync(app, "49", "Saumurois");
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@37");
        Assert.Equal(HttpStatusCode.NotFound, (await navigateur.GetAsync($"/structures/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await navigateur.GetAsync("/structures/999999")).StatusCode);
        var liste = await navigateur.PageAsync($"/structures?q={Uri.EscapeDataString("Saumur")}");
        Assert.Empty(liste.QuerySelectorAll("#structures tbody tr"));
    }

    [Fact]
    public async Task Structure_desactivee_quitte_l_annuaire()
    {
        var nom = DonneesStructures.NomUnique("Fermée");
        var id = await DonneesStructures.CreerAsync(app, nom, "Angers Loire Métropole");
        await app.DansDepartementAsync("49", async db =>
        {
            (await db.Structures.SingleAsync(s => s.Id == id)).Actif = false;
            await db.SaveChangesAsync();
        });
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@49");
        var liste = await navigateur.PageAsync($"/structures?q={Uri.EscapeDataString(nom)}");
        Assert.Equal("0 structure(s)", liste.QuerySelector("#nombre-resultats")?.TextContent);
        var fiche = await navigateur.PageAsync($"/structures/{id}");
        Assert.Contains("désactivée", fiche.QuerySelector("[role=status].fr-alert")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fiche_affiche_coordonnees_et_territoires_desservis()
    {
        var (id, nom) = await DonneesStructures.DuSeulTerritoireAsync(app, "49", "Saumurois");
        using var navigateur = await Navigateur.ConnecteAsync(app, "pilote@49");
        var fiche = await navigateur.PageAsync($"/structures/{id}");
        Assert.Equal(nom, fiche.QuerySelector("h1")?.TextContent);
        Assert.Equal("Saumurois", fiche.QuerySelector("#territoires-desservis li")?.TextContent.Trim());
        Assert.NotNull(fiche.QuerySelector("#coordonnees a[href^='tel:']"));
    }
}
