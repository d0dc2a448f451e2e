using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Passerelle.BrowserTests.Support;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Acces;
using Passerelle.Web.Features.Agenda;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform.Securite;
using static Microsoft.Playwright.Assertions;

namespace Passerelle.BrowserTests.Features.Orientation;

/// <summary>
/// Issue 4's path in a browser: new entrants invited in bulk, an appointment seen, the diagnosis
/// proposing an orientation, its validation and the référent's designation, the person in the
/// référent's portefeuille, a late case in its queue, a reminder sent once, and refusals.
/// </summary>
[Collection(EnvironnementNavigateur.Collection)]
public sealed class ParcoursOrientationTests(EnvironnementNavigateur environnement) : TestNavigateur(environnement)
{
    [Fact]
    public async Task De_l_invitation_groupee_au_portefeuille_du_referent()
    {
        var entree = new DateOnly(2024, 1, 1).AddDays(Random.Shared.Next(0, 360));
        var (premiere, nomPremiere) = await PersonneEntreeAsync(entree);
        var (seconde, nomSeconde) = await PersonneEntreeAsync(entree);

        await LoginAsync("agent@49");
        await Page.GotoAsync("/cohortes/a-inviter");
        await Page.GetByLabel("Entrés du").FillAsync(entree.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Page.GetByLabel("au", new() { Exact = true }).FillAsync(entree.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Filtrer" }).ClickAsync();
        await Page.Locator("#cocher-page").ClickAsync();
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Inviter", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "2 réussis, 0 refusé" })).ToBeVisibleAsync();

        await Page.GotoAsync($"/personnes/{premiere}");
        await Expect(Page.Locator("#etape")).ToHaveTextAsync("Invité, sans rendez-vous");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Convoquer à une date", Exact = true }).ClickAsync();
        var formulaire = Page.Locator("#form-convoquer");
        await formulaire.GetByLabel("Type de rendez-vous").SelectOptionAsync(nameof(TypeRendezVous.EntretienOrientation));
        await formulaire.GetByLabel("Date").FillAsync(DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await formulaire.GetByLabel("Heure").FillAsync("10:00");
        await formulaire.GetByLabel("Lieu").FillAsync("Maison départementale des solidarités, Angers");
        await formulaire.GetByRole(AriaRole.Button, new() { Name = "Convoquer" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Convocation « Entretien d'orientation »");
        await Expect(Page.Locator("#etape")).ToHaveTextAsync("Convoqué");
        await AssertAccessibleAsync();

        // The interview took place: it is now in the past.
        await Application.DansDepartementAsync("49", db => db.Set<RendezVous>().Where(r => r.PersonneId == premiere)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Debut, DateTime.UtcNow.AddHours(-1))));
        await Page.ReloadAsync();
        await Page.Locator(".form-statut").GetByLabel("Nouveau statut").SelectOptionAsync(nameof(StatutRendezVous.Honore));
        await Page.Locator(".form-statut").GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Rendez-vous noté « Honoré »");
        await Expect(Page.Locator("#etape")).ToHaveTextAsync("À orienter");

        await Page.GotoAsync($"/personnes/{premiere}/diagnostic/modifier");
        await Page.Locator("label[for='frein-0-Important']").ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le diagnostic" }).ClickAsync();
        await Page.GotoAsync($"/personnes/{premiere}/diagnostic");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Proposer cette orientation" }).ClickAsync();
        await Page.GotoAsync($"/personnes/{premiere}");
        await Expect(Page.Locator("#etape")).ToHaveTextAsync("Orientation proposée");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Valider l'orientation" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("validée");

        var referent = await NomCompteAsync("referent@49.passerelle.test");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Désigner le référent unique", Exact = true }).ClickAsync();
        var choix = Page.Locator("#form-designer").GetByLabel("Référent (par structure");
        var option = await choix.Locator("option").Filter(new() { HasText = referent }).First.GetAttributeAsync("value");
        await choix.SelectOptionAsync(option!);
        await Page.Locator("#form-designer").GetByRole(AriaRole.Button, new() { Name = "Désigner" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Référent désigné");
        await Expect(Page.Locator("#etape")).ToHaveTextAsync("Accompagné");
        await AssertAccessibleAsync();

        // The second person entered long ago and was never oriented: late against the orientation deadline.
        await Page.GotoAsync("/cohortes/retard-orientation");
        await Page.GetByLabel("Entrés du").FillAsync(entree.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Page.GetByLabel("au", new() { Exact = true }).FillAsync(entree.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Filtrer" }).ClickAsync();
        var ligne = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = nomSeconde });
        await Expect(ligne).ToContainTextAsync(new Regex("jours?|mois|ans"));
        await Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = nomPremiere })).ToHaveCountAsync(0);
        await AssertAccessibleAsync();

        await Page.Context.ClearCookiesAsync();
        await LoginAsync("referent@49");
        await Page.GotoAsync("/portefeuille");
        var suivie = Page.GetByRole(AriaRole.Table, new() { Name = "Personnes suivies, leur prochaine échéance et leurs rendez-vous" })
            .GetByRole(AriaRole.Row).Filter(new() { HasText = nomPremiere });
        await Expect(suivie).ToContainTextAsync("Premier rendez-vous avec le référent");
        await AssertAccessibleAsync();
    }

    [Fact]
    public async Task Le_rappel_d_un_rendez_vous_part_une_seule_fois()
    {
        var (personne, _) = await PersonneEntreeAsync(new DateOnly(2026, 11, 2));
        await Application.DansDepartementAsync("49", db => db.Personnes.Where(p => p.Id == personne)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Telephone, "0612345678")));
        // Nothing goes by SMS without the person's consent (issue 13): recorded as an agent would.
        await Application.DansDepartementAsync("49", db =>
        {
            db.Add(new Passerelle.Web.Features.Coordonnees.CoordonneesPersonne
            {
                PersonneId = personne,
                Version = 1,
                ConsentementSms = new() { Donne = true, Le = Passerelle.Tests.Support.HeureDeTest.MaintenantUtc, Par = "Agent de test", Recueil = Passerelle.Web.Features.Coordonnees.RecueilConsentement.Entretien },
            });
            return db.SaveChangesAsync();
        });
        await LoginAsync("agent@49");
        await Page.GotoAsync($"/personnes/{personne}");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Convoquer à une date", Exact = true }).ClickAsync();
        var formulaire = Page.Locator("#form-convoquer");
        await formulaire.GetByLabel("Date").FillAsync(DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await formulaire.GetByLabel("Heure").FillAsync("14:30");
        await formulaire.GetByLabel("Lieu").FillAsync("CCAS d'Angers");
        await formulaire.GetByRole(AriaRole.Button, new() { Name = "Convoquer" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Convocation");

        var planificateur = Application.Services.GetRequiredService<PlanificateurRappels>();
        await Task.WhenAll(planificateur.ExecuterAsync(CancellationToken.None), planificateur.ExecuterAsync(CancellationToken.None));
        await planificateur.ExecuterAsync(CancellationToken.None);

        await Page.ReloadAsync();
        var rappels = Page.Locator("#envois-personne").GetByRole(AriaRole.Row).Filter(new() { HasText = "Rappel de rendez-vous" });
        await Expect(rappels).ToHaveCountAsync(1);
        await AssertAccessibleAsync();
    }

    [Theory]
    [InlineData("operateur@49")]
    [InlineData("pilote@49")]
    [InlineData("referent@49")]
    public async Task Les_roles_hors_perimetre_sont_refuses(string login)
    {
        var (personne, _) = await PersonneEntreeAsync(new DateOnly(2025, 6, 2));
        await LoginAsync(login);
        foreach (var url in new[] { "/cohortes", "/cohortes/a-inviter" })
        {
            await Page.GotoAsync(url);
            await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Accès refusé");
        }
        var reponse = await Page.GotoAsync($"/personnes/{personne}");
        Assert.True(reponse!.Status is 403 or 404 || new Uri(Page.Url).AbsolutePath == "/erreur/403", $"{login} : {reponse.Status} {Page.Url}");
    }

    /// <summary>The name as the référent choice shows it, « NOM Prénom ».</summary>
    private async Task<string> NomCompteAsync(string email)
    {
        var compte = await Application.DansDepartementAsync("49", db => db.Users.Where(u => u.Email == email).Select(u => new { u.Nom, u.Prenom }).SingleAsync());
        return $"{compte.Nom.ToUpperInvariant()} {compte.Prenom}";
    }

    /// <summary>A new SDD entrant of Angers whose parcours the synchronisation opens, as after an import.</summary>
    private async Task<(int Id, string Nom)> PersonneEntreeAsync(DateOnly entree)
    {
        var nom = "ORIENT" + string.Concat(Guid.NewGuid().ToString("N")[..8].Select(c => (char)('A' + Convert.ToInt32(c.ToString(), 16))));
        var id = await Application.DansDepartementAsync("49", async db =>
        {
            var territoire = await db.Territoires.Where(t => t.Nom == "Angers Loire Métropole").Select(t => t.Id).SingleAsync();
            var numero = Random.Shared.NextInt64(10_000_000_000, 99_999_999_999).ToString(CultureInfo.InvariantCulture);
            var dossier = new DossierRsa
            {
                NumDemRsa = numero,
                DateDemande = entree,
                Organisme = "CAF",
                NumeroOrganisme = "491",
                Matricule = "0000" + numero,
                SituationFamille = "CEL",
                NumeroVoie = "3",
                TypeVoie = "RUE",
                NomVoie = "DES TANNEURS",
                CodeInsee = "49007",
                CodePostal = "49000",
                Commune = "ANGERS",
                TerritoireId = territoire,
                EtatDroit = EtatsDroit.OuvertVersable,
                NaturesPrestation = "RSD",
                DateFlux = entree,
                Empreinte = "test",
            };
            var personne = new Personne
            {
                Civilite = "MME",
                Nom = nom,
                NomNaissance = nom,
                Prenoms = "LÉA",
                DateNaissance = new DateOnly(1990, 6, 1),
                Sexe = "2",
                CleIdentite = NormalisationNom.Normaliser($"{nom} LÉA"),
                DossierCourant = dossier,
                RoleCourant = "DEM",
                EtatDroit = EtatsDroit.OuvertVersable,
                SoumisDroitsDevoirs = true,
                DateEntree = entree,
                DejaEntre = true,
            };
            db.MembresFoyer.Add(new MembreFoyer { Dossier = dossier, Personne = personne, Role = "DEM", SoumisDroitsDevoirs = true });
            await db.SaveChangesAsync();
            return personne.Id;
        });
        await using var scope = Application.Services.CreateAsyncScope();
        var departement = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Departements.Where(d => d.Code == "49").Select(d => d.Id).SingleAsync();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Utiliser(departement);
        await scope.ServiceProvider.GetRequiredService<SynchronisationParcours>().ExecuterAsync();
        return (id, nom);
    }
}
