using AngleSharp.Html.Dom;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Platform.Securite;
using static Passerelle.Tests.Features.Dossiers.DonneesDossiers;

namespace Passerelle.Tests.Features.Dossiers;

public sealed class RechercheDossiersTests(Application app) : IClassFixture<Application>
{
    private static readonly DateOnly Naissance = new(1985, 5, 17);

    private static List<string> Noms(IHtmlDocument page) =>
        page.QuerySelectorAll("#dossiers tbody th").Select(th => th.TextContent.Trim()).ToList();

    private async Task<IHtmlDocument> RechercherAsync(string requete, string login = "agent@49")
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        return await navigateur.PageAsync("/dossiers?" + requete);
    }

    [Fact]
    public async Task Recherche_par_nom_ignore_casse_accents_et_tirets()
    {
        var nom = NomUnique("DURAND");
        await CreerAsync(app, Angers, "49007", "ANGERS", new PersonneDeTest(nom, "CÉLINE MARIE", Naissance));
        var page = await RechercherAsync($"Filtre.Nom={Uri.EscapeDataString(nom.ToLowerInvariant() + " céline")}");
        Assert.Equal([$"{nom} Céline Marie"], Noms(page));
        Assert.Contains($"{nom} Céline Marie", Noms(await RechercherAsync($"Filtre.Nom={Uri.EscapeDataString("Céline-Marie")}")));
        var accentue = "DÜ" + nom[2..];
        Assert.Equal([$"{nom} Céline Marie"], Noms(await RechercherAsync($"Filtre.Nom={Uri.EscapeDataString(accentue)}")));
    }

    [Fact]
    public async Task Recherche_par_nir_complet_ou_prefixe_avec_espaces()
    {
        var nom = NomUnique();
        var nir = NirUnique();
        await CreerAsync(app, Angers, "49007", "ANGERS", new PersonneDeTest(nom, "PAUL", Naissance, Nir: nir));
        var espace = $"{nir[..1]} {nir[1..3]} {nir[3..5]} {nir[5..7]} {nir[7..10]} {nir[10..13]} {nir[13..]}";
        Assert.Equal([$"{nom} Paul"], Noms(await RechercherAsync($"Filtre.Nir={Uri.EscapeDataString(espace)}")));
        Assert.Equal([$"{nom} Paul"], Noms(await RechercherAsync($"Filtre.Nir={nir[..13]}")));
        var trop = await RechercherAsync($"Filtre.Nir={nir[..9]}");
        Assert.Contains("13 premiers caractères", trop.QuerySelector("#Filtre_Nir-erreur")?.TextContent, StringComparison.Ordinal);
        Assert.Null(trop.QuerySelector("#dossiers"));
    }

    [Fact]
    public async Task Recherche_par_matricule_et_par_numdemrsa()
    {
        var nom = NomUnique();
        var dossier = await CreerAsync(app, Angers, "49007", "ANGERS", new PersonneDeTest(nom, "ANNE", Naissance), new PersonneDeTest(nom, "LEO", new DateOnly(2015, 1, 2), Role: "ENF", Sdd: false));
        await CreerAsync(app, Angers, "49007", "ANGERS", new PersonneDeTest(nom, "AUTRE", Naissance));
        Assert.Equal([$"{nom} Anne", $"{nom} Leo"], Noms(await RechercherAsync($"Filtre.Matricule={dossier.Matricule}")));
        var page = await RechercherAsync($"Filtre.NumDemRsa={dossier.NumDemRsa}");
        Assert.Equal([$"{nom} Anne", $"{nom} Leo"], Noms(page));
        Assert.All(page.QuerySelectorAll("#dossiers tbody td a"), a => Assert.Equal($"/dossiers/{dossier.Id}", a.GetAttribute("href")));
    }

    [Fact]
    public async Task Recherche_par_commune_nom_ou_code_insee_et_par_territoire()
    {
        var nom = NomUnique();
        await CreerAsync(app, Angers, "49007", "ANGERS", new PersonneDeTest(nom, "ANGEVIN", Naissance));
        await CreerAsync(app, Saumurois, "49328", "SAUMUR", new PersonneDeTest(nom, "SAUMUROIS", Naissance));
        Assert.Equal([$"{nom} Saumurois"], Noms(await RechercherAsync($"Filtre.Nom={nom}&Filtre.Commune=Saumur")));
        Assert.Equal([$"{nom} Angevin"], Noms(await RechercherAsync($"Filtre.Nom={nom}&Filtre.Commune=49007")));
        var saumurois = await Territoires.DonneesTerritoires.IdAsync(app, "49", Saumurois);
        Assert.Equal([$"{nom} Saumurois"], Noms(await RechercherAsync($"Filtre.Nom={nom}&Filtre.TerritoireId={saumurois}")));
        var inconnue = await RechercherAsync($"Filtre.Nom={nom}&Filtre.Commune=Tours");
        Assert.Contains("Aucune commune", inconnue.QuerySelector("#Filtre_Commune-erreur")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recherche_par_etat_du_droit_et_sdd()
    {
        var nom = NomUnique();
        await CreerAsync(app, Angers, "49007", "ANGERS", new PersonneDeTest(nom, "OUVERT", Naissance, Etat: "2", Sdd: true));
        await CreerAsync(app, Angers, "49007", "ANGERS", new PersonneDeTest(nom, "CLOS", Naissance, Etat: "5", Sdd: false));
        await CreerAsync(app, Angers, "49007", "ANGERS", new PersonneDeTest(nom, "SUSPENDU", Naissance, Etat: "3", Sdd: true));
        Assert.Equal([$"{nom} Clos"], Noms(await RechercherAsync($"Filtre.Nom={nom}&Filtre.EtatDroit=5")));
        Assert.Equal([$"{nom} Ouvert", $"{nom} Suspendu"], Noms(await RechercherAsync($"Filtre.Nom={nom}&Filtre.Sdd=true")));
        var clos = await RechercherAsync($"Filtre.Nom={nom}&Filtre.Sdd=false");
        Assert.Equal([$"{nom} Clos"], Noms(clos));
        Assert.Contains("Droit clos", clos.QuerySelector("#dossiers tbody tr")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recherche_des_nouveaux_entrants_d_une_periode_avec_ou_sans_retours()
    {
        var nom = NomUnique();
        var entrant = await CreerAsync(app, Angers, "49007", "ANGERS", new PersonneDeTest(nom, "ENTRANT", Naissance));
        var retour = await CreerAsync(app, Angers, "49007", "ANGERS", new PersonneDeTest(nom, "RETOUR", Naissance));
        var ancien = await CreerAsync(app, Angers, "49007", "ANGERS", new PersonneDeTest(nom, "ANCIEN", Naissance));
        await AjouterHistoriqueAsync(app, entrant, entrant.Personnes[0], new DateOnly(2025, 3, 10), EvenementDroit.NouvelEntrant);
        await AjouterHistoriqueAsync(app, retour, retour.Personnes[0], new DateOnly(2025, 3, 20), EvenementDroit.Retour);
        await AjouterHistoriqueAsync(app, ancien, ancien.Personnes[0], new DateOnly(2024, 1, 5), EvenementDroit.NouvelEntrant);
        var periode = $"Filtre.Nom={nom}&Filtre.EntreeDu=2025-03-01&Filtre.EntreeAu=2025-03-31";
        Assert.Equal([$"{nom} Entrant"], Noms(await RechercherAsync(periode)));
        Assert.Equal([$"{nom} Entrant", $"{nom} Retour"], Noms(await RechercherAsync(periode + "&Filtre.AvecRetours=true")));
        var inversee = await RechercherAsync($"Filtre.Nom={nom}&Filtre.EntreeDu=2025-04-01&Filtre.EntreeAu=2025-03-01");
        Assert.NotNull(inversee.QuerySelector("#Filtre_EntreeAu-erreur"));
        Assert.NotNull(inversee.QuerySelector("[role=alert]"));
    }

    [Fact]
    public async Task Tri_par_colonne_dans_les_deux_sens_avec_aria_sort()
    {
        var nom = NomUnique();
        await CreerAsync(app, Angers, "49007", "ANGERS", new PersonneDeTest(nom, "BEA", new DateOnly(1990, 1, 1), Etat: "3"));
        await CreerAsync(app, Saumurois, "49328", "SAUMUR", new PersonneDeTest(nom, "ALI", new DateOnly(1970, 1, 1), Etat: "2"));
        await CreerAsync(app, Angers, "49007", "ANGERS", new PersonneDeTest(nom, "CLO", new DateOnly(1980, 1, 1), Etat: "5"));
        var parNom = await RechercherAsync($"Filtre.Nom={nom}");
        Assert.Equal([$"{nom} Ali", $"{nom} Bea", $"{nom} Clo"], Noms(parNom));
        Assert.Equal("ascending", parNom.QuerySelector("th[aria-sort]")?.GetAttribute("aria-sort"));
        Assert.Equal([$"{nom} Clo", $"{nom} Bea", $"{nom} Ali"], Noms(await RechercherAsync($"Filtre.Nom={nom}&tri=nom&sens=desc")));
        var parNaissance = await RechercherAsync($"Filtre.Nom={nom}&tri=naissance&sens=desc");
        Assert.Equal([$"{nom} Bea", $"{nom} Clo", $"{nom} Ali"], Noms(parNaissance));
        Assert.Equal("descending", parNaissance.QuerySelector("th[aria-sort]")?.GetAttribute("aria-sort"));
        Assert.Contains("sens=asc", parNaissance.QuerySelector("th[aria-sort] a")?.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal([$"{nom} Bea", $"{nom} Clo", $"{nom} Ali"], Noms(await RechercherAsync($"Filtre.Nom={nom}&tri=commune")));
        Assert.Equal([$"{nom} Ali", $"{nom} Bea", $"{nom} Clo"], Noms(await RechercherAsync($"Filtre.Nom={nom}&tri=etat")));
    }

    [Fact]
    public async Task Resultats_par_pages_de_vingt()
    {
        var nom = NomUnique();
        var prenoms = Enumerable.Range(0, 23).Select(i => $"P{i:00}").ToList();
        foreach (var prenom in prenoms)
            await CreerAsync(app, Angers, "49007", "ANGERS", new PersonneDeTest(nom, prenom, Naissance));
        var premiere = await RechercherAsync($"Filtre.Nom={nom}");
        Assert.Equal("23 personne(s)", premiere.QuerySelector("#nombre-resultats")?.TextContent);
        Assert.Equal(prenoms.Take(20).Select(p => $"{nom} {p}"), Noms(premiere));
        var suivante = premiere.QuerySelector("a.fr-pagination__link--next")?.GetAttribute("href");
        Assert.Contains("numero=2", suivante, StringComparison.Ordinal);
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@49");
        Assert.Equal(prenoms.Skip(20).Select(p => $"{nom} {p}"), Noms(await navigateur.PageAsync(suivante!)));
    }

    [Fact]
    public async Task Agent_territorial_ne_trouve_que_les_dossiers_de_son_territoire()
    {
        var nom = NomUnique();
        await CreerAsync(app, Angers, "49007", "ANGERS", new PersonneDeTest(nom, "ANGEVIN", Naissance));
        await CreerAsync(app, Saumurois, "49328", "SAUMUR", new PersonneDeTest(nom, "SAUMUROIS", Naissance));
        await CreerAsync(app, null, "49007", "ANGERS", new PersonneDeTest(nom, "SANSTERRITOIRE", Naissance));
        Assert.Equal([$"{nom} Angevin"], Noms(await RechercherAsync($"Filtre.Nom={nom}", "agent-territoire@49")));
        Assert.Equal(3, Noms(await RechercherAsync($"Filtre.Nom={nom}")).Count);
        var territoires = (await RechercherAsync("", "agent-territoire@49")).QuerySelectorAll("#Filtre_TerritoireId option").Select(o => o.TextContent).ToList();
        Assert.Equal(["Tous vos territoires", Angers], territoires);
    }

    [Fact]
    public async Task Agent_d_un_autre_departement_ne_trouve_pas_les_dossiers_du_49()
    {
        var nom = NomUnique();
        await CreerAsync(app, Angers, "49007", "ANGERS", new PersonneDeTest(nom, "ANGEVIN", Naissance));
        Assert.Empty(Noms(await RechercherAsync($"Filtre.Nom={nom}", "agent@37")));
    }
}
