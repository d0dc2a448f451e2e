using System.Text;
using Microsoft.Playwright;
using Passerelle.BrowserTests.Support;
using Passerelle.Web.Features.Demo;
using Passerelle.Web.Features.Dossiers.Cnaf;
using Passerelle.Web.Features.Imports.Tableur;
using Passerelle.Web.Platform.Securite;
using static Microsoft.Playwright.Assertions;

namespace Passerelle.BrowserTests.Features.Imports;

/// <summary>The agent's whole import round: CNAF file, report, warning cleared in the queue, spreadsheet preview, mapping fix, replay, search.</summary>
[Collection(EnvironnementNavigateur.Collection)]
public sealed class ImportsNavigateurTests(EnvironnementNavigateur environnement) : TestNavigateur(environnement)
{
    private static readonly string[] Entetes = ["N° demande", "Date demande", "Matricule", "Code INSEE", "Rôle", "Nom", "Prénom", "Né(e) le", "Sexe", "SDD", "État"];

    [Fact]
    public async Task Agent_importe_un_flux_puis_un_tableur_corrige_et_rejoue_puis_retrouve_le_dossier()
    {
        var suffixe = Random.Shared.Next(1_000_000, 9_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await LoginAsync("agent@49");

        await Page.GotoAsync("/imports/nouveau");
        await AssertAccessibleAsync();
        await Page.GetByLabel("Type de fichier").SelectOptionAsync("Cnaf");
        await Page.Locator("#fichier").SetInputFilesAsync(new FilePayload { Name = "flux-fevrier.xml", MimeType = "application/xml", Buffer = Flux(suffixe) });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Déposer le fichier" }).ClickAsync();
        await Expect(Page.Locator("[data-champ=LibelleStatut]")).ToHaveTextAsync("Terminé", new() { Timeout = 30_000 });
        await Expect(Page.Locator("#bilan [data-champ=Crees]")).ToHaveTextAsync("2");
        await Expect(Page.Locator("#bilan [data-champ=Avertissements]")).ToHaveTextAsync("1");
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Voir les avertissements ouverts de cet import" }).ClickAsync();
        await Expect(Page.Locator("#avertissements")).ToContainTextAsync("La clé du NIR est");
        await AssertAccessibleAsync();
        // The DSFR draws the box over the input, on the label's ::before, which Playwright does not see as a target.
        await Page.Locator("#avertissements input[type=checkbox]").First.CheckAsync(new() { Force = true });
        await Expect(Page.Locator("#avertissements input[type=checkbox]").First).ToBeCheckedAsync();
        await Page.GetByLabel("Ce qui a été vérifié ou corrigé").FillAsync("Clé vérifiée auprès de la CAF");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Lever les avertissements cochés" }).ClickAsync();
        await Expect(Page.Locator("#nombre-resultats")).ToHaveTextAsync("0 avertissement(s) ouvert(s)");
        await AssertAccessibleAsync();

        var configuration = $"Extraction {suffixe}";
        await Page.GotoAsync("/imports/configurations/nouvelle");
        await Page.GetByLabel("Nom de la configuration").FillAsync(configuration);
        foreach (var (champ, entete) in Colonnes()) await Page.Locator($"#colonne-{champ}").FillAsync(entete);
        await Page.Locator("#colonne-Sexe").FillAsync("Genre");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Créer la configuration" }).ClickAsync();

        await Page.GotoAsync("/imports/nouveau");
        await Page.GetByLabel("Type de fichier").SelectOptionAsync("Tableur");
        await Page.GetByLabel("Configuration des colonnes").SelectOptionAsync(new SelectOptionValue { Label = configuration });
        await Page.Locator("#fichier").SetInputFilesAsync(new FilePayload { Name = "extraction.csv", MimeType = "text/csv", Buffer = Tableur(suffixe) });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Déposer le fichier" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Aperçu avant import" })).ToBeVisibleAsync();
        await Expect(Page.Locator("main")).ToContainTextAsync("Genre");
        await AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Lancer l'import" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Fichier inutilisable" })).ToContainTextAsync("« Genre »", new() { Timeout = 30_000 });
        var importEchoue = Page.Url;

        await Page.GotoAsync("/imports/configurations");
        await Page.GetByRole(AriaRole.Link, new() { Name = configuration, Exact = true }).ClickAsync();
        await Page.Locator("#colonne-Sexe").FillAsync("Sexe");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les modifications" }).ClickAsync();
        await Page.GotoAsync(importEchoue);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Rejouer le fichier" }).ClickAsync();
        await Expect(Page.Locator("[data-champ=LibelleStatut]")).ToHaveTextAsync("Terminé", new() { Timeout = 30_000 });
        await Expect(Page.Locator("#bilan [data-champ=Crees]")).ToHaveTextAsync("1");

        await Page.GotoAsync("/dossiers");
        await Page.GetByRole(AriaRole.Search).GetByLabel("Nom ou prénom").FillAsync($"TABLEUR{suffixe}");
        await Page.GetByRole(AriaRole.Search, new() { Name = "Rechercher des dossiers" }).GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "0488" + suffixe }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Dossier RSA 0488{suffixe}");
        await Expect(Page.Locator("main")).ToContainTextAsync("extraction.csv");
    }

    private static IEnumerable<(ChampTableur, string)> Colonnes() =>
    [
        (ChampTableur.NumDemRsa, "N° demande"), (ChampTableur.DateDemande, "Date demande"), (ChampTableur.Matricule, "Matricule"),
        (ChampTableur.CodeInsee, "Code INSEE"), (ChampTableur.Role, "Rôle"), (ChampTableur.Nom, "Nom"), (ChampTableur.Prenom, "Prénom"),
        (ChampTableur.DateNaissance, "Né(e) le"), (ChampTableur.SoumisDroitsDevoirs, "SDD"), (ChampTableur.EtatDossier, "État"),
    ];

    private static byte[] Tableur(string suffixe) => Encoding.UTF8.GetBytes(string.Join("\r\n",
        string.Join(';', Entetes),
        $"0488{suffixe};15/01/2025;8{suffixe};49007;DEM;TABLEUR{suffixe};NINA;02/02/1992;2;Oui;2") + "\r\n");

    private static byte[] Flux(string suffixe)
    {
        PersonneCnaf Personne(string nom, string? nir) => new("DEM", "MME", nom, nom, "INES", new DateOnly(1991, 3, 3), "ANGERS", nir, "2", true);
        FoyerCnaf Foyer(string numero, PersonneCnaf p) => new(new OrganismeCnaf("CAF", "049", "9" + numero[4..]), numero, new DateOnly(2025, 6, 1), "CEL",
            new AdresseCnaf("1", "RUE", "PASTEUR", "49007", "49000", "ANGERS"), [p], new DroitCnaf("2", null, null, [], ["RSD"], 607.75m));
        using var flux = new MemoryStream();
        EcritureFluxCnaf.Ecrire(flux, GenerateurFluxCnaf.Identification(new DateOnly(2026, 2, 28)),
            [Foyer("0487" + suffixe, Personne("FLUX" + suffixe, null)), Foyer("0489" + suffixe, Personne("CLE" + suffixe, "291034900712300"))], LecteurFluxCnaf.Windows1252);
        return flux.ToArray();
    }
}
