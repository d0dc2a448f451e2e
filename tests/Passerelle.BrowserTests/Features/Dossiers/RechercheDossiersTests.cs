using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Passerelle.BrowserTests.Support;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Platform.Securite;
using static Microsoft.Playwright.Assertions;

namespace Passerelle.BrowserTests.Features.Dossiers;

[Collection(EnvironnementNavigateur.Collection)]
public sealed class RechercheDossiersTests(EnvironnementNavigateur environnement) : TestNavigateur(environnement)
{
    [Fact]
    public async Task Agent_cherche_par_nom_ouvre_le_dossier_et_lit_l_historique()
    {
        var nom = "LEROUX" + string.Concat(Guid.NewGuid().ToString("N")[..8].Select(c => (char)('A' + Convert.ToInt32(c.ToString(), 16))));
        var numero = await CreerDossierAsync(nom);

        await LoginAsync("agent@49");
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" }).GetByRole(AriaRole.Link, new() { Name = "Dossiers" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Dossiers RSA");
        await AssertAccessibleAsync();

        await Page.GetByRole(AriaRole.Search).GetByLabel("Nom ou prénom").FillAsync($"{nom.ToLowerInvariant()} hélène");
        await Page.GetByRole(AriaRole.Search, new() { Name = "Rechercher des dossiers" }).GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();
        var resultats = Page.GetByRole(AriaRole.Table, new() { Name = "Personnes trouvées et leur dossier courant" });
        await Expect(resultats.GetByRole(AriaRole.Row)).ToHaveCountAsync(2);
        await Expect(resultats).ToContainTextAsync("Droit ouvert et versable");
        await AssertAccessibleAsync();

        await resultats.GetByRole(AriaRole.Link, new() { Name = numero }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Dossier RSA {numero}");
        var historique = Page.GetByRole(AriaRole.List, new() { Name = $"Historique des droits de {nom.ToUpperInvariant()} Hélène" });
        await Expect(historique.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(2);
        await Expect(historique.GetByRole(AriaRole.Listitem).First).ToContainTextAsync("Nouvel entrant");
        await Expect(historique.GetByRole(AriaRole.Listitem).Last).ToContainTextAsync("Sortie");
        await AssertAccessibleAsync();
    }

    private Task<string> CreerDossierAsync(string nom) =>
        Application.DansDepartementAsync("49", async db =>
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
                SituationFamille = "CEL",
                CodeInsee = "49007",
                CodePostal = "49000",
                Commune = "ANGERS",
                TerritoireId = territoire,
                EtatDroit = EtatsDroit.OuvertVersable,
                NaturesPrestation = "RSD",
                DateFlux = new DateOnly(2025, 1, 31),
                Empreinte = "test",
            };
            var personne = new Personne
            {
                Civilite = "MME",
                Nom = nom,
                NomNaissance = nom,
                Prenoms = "HÉLÈNE",
                DateNaissance = new DateOnly(1979, 11, 4),
                Sexe = "2",
                CleIdentite = NormalisationNom.Normaliser($"{nom} HÉLÈNE"),
                DossierCourant = dossier,
                RoleCourant = "DEM",
                EtatDroit = EtatsDroit.OuvertVersable,
                SoumisDroitsDevoirs = true,
            };
            db.MembresFoyer.Add(new MembreFoyer { Dossier = dossier, Personne = personne, Role = "DEM", SoumisDroitsDevoirs = true });
            await db.SaveChangesAsync();
            db.HistoriqueDroits.AddRange(
                new HistoriqueDroit { PersonneId = personne.Id, DossierId = dossier.Id, DateEffet = new DateOnly(2024, 2, 29), EtatDroit = "2", SoumisDroitsDevoirs = true, Evenement = EvenementDroit.NouvelEntrant },
                new HistoriqueDroit { PersonneId = personne.Id, DossierId = dossier.Id, DateEffet = new DateOnly(2024, 8, 31), EtatDroit = "5", SoumisDroitsDevoirs = true, Evenement = EvenementDroit.Sortie });
            await db.SaveChangesAsync();
            return numero;
        });
}
