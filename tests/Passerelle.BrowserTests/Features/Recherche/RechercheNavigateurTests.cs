using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Passerelle.BrowserTests.Support;
using Passerelle.Web.Features.Dossiers;
using static Microsoft.Playwright.Assertions;

namespace Passerelle.BrowserTests.Features.Recherche;

[Collection(EnvironnementNavigateur.Collection)]
public sealed class RechercheNavigateurTests(EnvironnementNavigateur environnement) : TestNavigateur(environnement)
{
    [Fact]
    public async Task Agent_trouve_une_personne_par_nom_mal_ecrit_puis_par_nir_et_passe_du_dossier_a_la_personne()
    {
        var prenom = "P" + string.Concat(Guid.NewGuid().ToString("N")[..8].Select(c => (char)('A' + Convert.ToInt32(c.ToString(), 16))));
        var nir = Nir.AvecCle($"2790449007{Random.Shared.Next(100, 999)}");
        var (numero, demandeur, conjoint) = await CreerFoyerAsync(prenom, nir);

        await LoginAsync("agent@49");
        var boite = Page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Search);
        await boite.GetByLabel("Trouver une personne").FillAsync($"Lefevre {prenom.ToLowerInvariant()}");
        await boite.GetByRole(AriaRole.Button, new() { Name = "Trouver" }).ClickAsync();
        var resultats = Page.GetByRole(AriaRole.Table, new() { Name = "Personnes trouvées dans votre périmètre" });
        await Expect(resultats.GetByRole(AriaRole.Row)).ToHaveCountAsync(2);
        await Expect(resultats).ToContainTextAsync($"Dossier {numero}");
        await AssertAccessibleAsync();
        await resultats.GetByRole(AriaRole.Link, new() { Name = $"LEFÈVRE {prenom}" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/personnes/{demandeur}$"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(Passerelle.Web.Platform.Ui.NomPersonne.Prenoms(prenom));

        await boite.GetByLabel("Trouver une personne").FillAsync(nir[..13]);
        await boite.GetByLabel("Trouver une personne").PressAsync("Enter");
        await Expect(resultats.GetByRole(AriaRole.Row)).ToHaveCountAsync(2);
        await Expect(resultats).ToContainTextAsync($"LEFÈVRE {Passerelle.Web.Platform.Ui.NomPersonne.Prenoms(prenom)}");

        await resultats.GetByRole(AriaRole.Link, new() { Name = $"Dossier {numero}" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Dossier RSA {numero}");
        await Page.GetByRole(AriaRole.Table, new() { Name = "Personnes du foyer et leur rôle dans le dossier" })
            .GetByRole(AriaRole.Link, new() { Name = "LEGRAND" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/personnes/{conjoint}$"));
        await AssertAccessibleAsync();
    }

    private Task<(string Numero, int Demandeur, int Conjoint)> CreerFoyerAsync(string prenom, string nir) =>
        Application.DansDepartementAsync("49", async (db, services) =>
        {
            var territoire = await db.Territoires.Where(t => t.Nom == "Angers Loire Métropole").Select(t => t.Id).SingleAsync();
            var numero = Random.Shared.NextInt64(10_000_000_000, 99_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var dossier = new DossierRsa
            {
                NumDemRsa = numero,
                DateDemande = new DateOnly(2024, 1, 15),
                Organisme = "CAF",
                NumeroOrganisme = "491",
                Matricule = "0000" + numero,
                SituationFamille = "MAR",
                CodeInsee = "49007",
                CodePostal = "49000",
                Commune = "ANGERS",
                TerritoireId = territoire,
                EtatDroit = EtatsDroit.OuvertVersable,
                NaturesPrestation = "RSD",
                DateFlux = new DateOnly(2025, 1, 31),
                Empreinte = "test",
            };
            Personne Membre(string nom, string prenoms, string role) => new()
            {
                Nom = nom,
                NomNaissance = nom,
                Prenoms = prenoms,
                DateNaissance = new DateOnly(1979, 4, 4),
                Sexe = "2",
                CleIdentite = NormalisationNom.CleIdentite(nom, prenoms),
                DossierCourant = dossier,
                RoleCourant = role,
                EtatDroit = EtatsDroit.OuvertVersable,
                SoumisDroitsDevoirs = true,
            };
            var demandeur = Membre("LEFÈVRE", prenom, "DEM");
            services.GetRequiredService<ProtectionNir>().Enregistrer(demandeur, nir);
            var conjoint = Membre("LEGRAND", prenom + "X", "CJT");
            db.MembresFoyer.AddRange(
                new MembreFoyer { Dossier = dossier, Personne = demandeur, Role = "DEM", SoumisDroitsDevoirs = true },
                new MembreFoyer { Dossier = dossier, Personne = conjoint, Role = "CJT", SoumisDroitsDevoirs = true });
            await db.SaveChangesAsync();
            return (numero, demandeur.Id, conjoint.Id);
        });
}
