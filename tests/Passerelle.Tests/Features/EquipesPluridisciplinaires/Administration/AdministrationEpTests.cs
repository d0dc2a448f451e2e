using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.EquipesPluridisciplinaires;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Tests.Features.EquipesPluridisciplinaires.Administration;

/// <summary>The EP set-up by the département's administrator: équipes and members, thématiques, rules and delegations, their checks and their audit.</summary>
public sealed class AdministrationEpTests(Application app) : IClassFixture<Application>
{
    private const string Racine = "/administration/equipes-pluridisciplinaires";

    [Fact]
    public async Task Regles_refusees_champ_par_champ_puis_enregistrees_et_journalisees()
    {
        using var admin = await Navigateur.ConnecteAsync(app, "admin@37");
        var reponse = await admin.SoumettreAsync($"{Racine}/regles", Regles(("Saisie.PremiereRelanceJours", "0"), ("Saisie.MaintienSocialMois", "48")));
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        var page = await Navigateur.DocumentAsync(reponse);
        Assert.Contains("La première relance intervient entre 1 et 365 jours", page.QuerySelector("#Saisie_PremiereRelanceJours-erreur")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("entre 3 et 36 mois", page.QuerySelector("#Saisie_MaintienSocialMois-erreur")?.TextContent, StringComparison.Ordinal);
        page = await Navigateur.DocumentAsync(await admin.SoumettreAsync($"{Racine}/regles", Regles(("Saisie.RestitutionMaximaleMois", "5"))));
        Assert.Contains("On ne restitue pas plus de mois", page.QuerySelector("#Saisie_RestitutionMaximaleMois-erreur")?.TextContent, StringComparison.Ordinal);
        Assert.False(await app.DansDepartementAsync("37", db => db.Set<ReglesEp>().AnyAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SoumettreAsync($"{Racine}/regles", Regles(("Saisie.MaintienSocialMois", "6")))).StatusCode);
        var regles = await app.DansDepartementAsync("37", db => db.Set<ReglesEp>().SingleAsync());
        Assert.Equal((6, 60, 100m), (regles.MaintienSocialMois, regles.PremiereRelanceJours, regles.MontantReduction));
        Assert.True(await app.DansDepartementAsync("37", db => db.Audit.AnyAsync(a => a.Objet == nameof(ReglesEp) && a.Details!.Contains("maintien social 6 mois"))));
    }

    [Fact]
    public async Task Equipe_creee_avec_ses_membres_et_refus_expliques()
    {
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");
        var nom = "EP " + Guid.NewGuid().ToString("N")[..8];
        // The demo already has the département-wide EP: this one serves a territoire.
        var territoire = await app.DansDepartementAsync("49", db => db.Territoires.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync());
        var reponse = await admin.SoumettreAsync($"{Racine}/equipes", Equipe(nom, quorum: "2", territoire));
        Assert.Contains("plus que le quorum (2)", (await Navigateur.DocumentAsync(reponse)).QuerySelector("#Saisie_Quorum-erreur")?.TextContent, StringComparison.Ordinal);
        reponse = await admin.SoumettreAsync($"{Racine}/equipes", Equipe(nom, quorum: "5", territoire));
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        var url = reponse.Headers.Location!.OriginalString;
        var equipe = await app.DansDepartementAsync("49", db => db.Set<EquipePluridisciplinaire>().SingleAsync(e => e.Nom == nom));
        Assert.Equal((5, territoire, 1), (equipe.Quorum, equipe.TerritoireId, equipe.MinimumFranceTravail));
        // One active EP per territoire, and one for the whole département (the demo's): a second one is refused.
        reponse = await admin.SoumettreAsync($"{Racine}/equipes", Equipe(nom + " bis", quorum: "5", territoire));
        Assert.Contains("ce territoire", (await Navigateur.DocumentAsync(reponse)).QuerySelector("#Saisie_TerritoireId-erreur")?.TextContent, StringComparison.Ordinal);
        reponse = await admin.SoumettreAsync($"{Racine}/equipes", Equipe(nom + " ter", quorum: "5", null));
        Assert.Contains("couvre déjà tout le département", (await Navigateur.DocumentAsync(reponse)).QuerySelector("#Saisie_TerritoireId-erreur")?.TextContent, StringComparison.Ordinal);

        var lecteur = await ComptesDeTest.IdDeAsync(app, "lecteur@49");
        reponse = await admin.SoumettreAsync(url, Membre("Ana", "CONSEIL", "FranceTravail", lecteur), $"{url}?handler=AjouterMembre");
        Assert.Contains("n'a pas le rôle « membre d'équipe pluridisciplinaire »", (await Navigateur.DocumentAsync(reponse)).QuerySelector("#Membre_UtilisateurId-erreur")?.TextContent, StringComparison.Ordinal);
        reponse = await admin.SoumettreAsync(url, [new("Membre.Prenom", "Ana")], $"{url}?handler=AjouterMembre");
        Assert.Contains("Choisissez la fonction", (await Navigateur.DocumentAsync(reponse)).QuerySelector("#Membre_Fonction-erreur")?.TextContent, StringComparison.Ordinal);
        var membreEp = await ComptesDeTest.IdDeAsync(app, "membre-ep@49");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SoumettreAsync(url, Membre("Ana", "CONSEIL", "FranceTravail", membreEp), $"{url}?handler=AjouterMembre")).StatusCode);
        var membre = await app.DansDepartementAsync("49", db => db.Set<MembreEquipe>().SingleAsync(m => m.EquipePluridisciplinaireId == equipe.Id));
        Assert.Equal((FonctionMembre.FranceTravail, membreEp, true), (membre.Fonction, membre.UtilisateurId, membre.Actif));
        Assert.Contains("Ana CONSEIL", (await admin.PageAsync(url)).QuerySelector("#membres")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SoumettreAsync(url, [new("membreId", membre.Id.ToString())], $"{url}?handler=BasculerMembre")).StatusCode);
        Assert.False(await app.DansDepartementAsync("49", db => db.Set<MembreEquipe>().Where(m => m.Id == membre.Id).Select(m => m.Actif).SingleAsync()));
        // Objet « MembreEquipe » is also the follow-up team's member: the EP's are told by their details.
        var journal = await app.DansDepartementAsync("49", db => db.Audit.Where(a => (a.Objet == nameof(EquipePluridisciplinaire) && a.ObjetId == equipe.Id.ToString())
            || (a.Objet == nameof(MembreEquipe) && a.ObjetId == membre.Id.ToString() && a.Details!.StartsWith("Ana CONSEIL"))).Select(a => a.Action).ToListAsync());
        Assert.Equal(["creation", "creation", "desactivation"], journal.Order());
        Assert.Contains(nom, (await admin.PageAsync(Racine)).QuerySelector("#equipes")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Thematiques_renommees_desactivees_et_libelle_vide_refuse()
    {
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");
        var page = await admin.PageAsync($"{Racine}/thematiques");
        var lignes = page.QuerySelectorAll("#thematiques tbody tr").ToList();
        Assert.Equal(Enum.GetValues<NatureThematique>().Length, lignes.Count);
        var champs = lignes.SelectMany((l, i) => new KeyValuePair<string, string>[]
        {
            new($"Lignes[{i}].Id", l.QuerySelector("input[type=hidden]")!.GetAttribute("value")!),
            new($"Lignes[{i}].Libelle", i == 0 ? "" : l.QuerySelector($"#libelle-{i}")!.GetAttribute("value")!),
            new($"Lignes[{i}].Ordre", (i + 1).ToString()),
            new($"Lignes[{i}].Active", "true"),
        }).ToList();
        var refus = await Navigateur.DocumentAsync(await admin.SoumettreAsync($"{Racine}/thematiques", champs));
        Assert.Contains("Donnez un libellé à chaque thématique.", refus.QuerySelector("#erreur-0")?.TextContent, StringComparison.Ordinal);

        champs[1] = new("Lignes[0].Libelle", "Réorientation vers l'emploi");
        champs.RemoveAll(c => c.Key == "Lignes[8].Active");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SoumettreAsync($"{Racine}/thematiques", champs)).StatusCode);
        var thematiques = await app.DansDepartementAsync("49", db => db.Set<ThematiqueEp>().OrderBy(t => t.Ordre).ToListAsync());
        Assert.Equal("Réorientation vers l'emploi", thematiques[0].Libelle);
        Assert.False(thematiques[8].Active);
        Assert.True(await app.DansDepartementAsync("49", db => db.Audit.AnyAsync(a => a.Objet == nameof(ThematiqueEp) && a.Details!.Contains("Réorientation vers l'emploi"))));
    }

    [Fact]
    public async Task Delegation_a_un_agent_seulement_et_terminee_la_veille()
    {
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");
        var referent = await ComptesDeTest.IdDeAsync(app, "referent@49");
        var agent = await ComptesDeTest.IdDeAsync(app, "agent@49");
        var refus = await Navigateur.DocumentAsync(await admin.SoumettreAsync($"{Racine}/delegations", Delegation(referent, "2026-01-01", "2025-12-01")));
        Assert.Contains("ne peut précéder son début", refus.QuerySelector("#Saisie_Fin-erreur")?.TextContent, StringComparison.Ordinal);
        refus = await Navigateur.DocumentAsync(await admin.SoumettreAsync($"{Racine}/delegations", Delegation(referent, "2026-01-01", null)));
        Assert.Contains("n'est pas un agent départemental", refus.QuerySelector("#Saisie_UtilisateurId-erreur")?.TextContent, StringComparison.Ordinal);
        var qualite = "Directrice de l'insertion " + Guid.NewGuid().ToString("N")[..4];
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SoumettreAsync($"{Racine}/delegations", Delegation(agent, "2026-01-01", null, qualite))).StatusCode);
        var delegation = await app.DansDepartementAsync("49", db => db.Set<DelegationDecision>().SingleAsync(d => d.Qualite == qualite));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SoumettreAsync($"{Racine}/delegations", [new("delegationId", delegation.Id.ToString())], $"{Racine}/delegations?handler=Terminer")).StatusCode);
        var terminee = await app.DansDepartementAsync("49", db => db.Set<DelegationDecision>().SingleAsync(d => d.Id == delegation.Id));
        Assert.Equal(HeureDeTest.Aujourdhui.AddDays(-1), terminee.Fin);
    }

    [Theory]
    [InlineData("agent@49")]
    [InlineData("membre-ep@49")]
    public async Task Pages_d_administration_des_ep_refusees_hors_administrateurs(string login)
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, login);
        foreach (var page in new[] { Racine, $"{Racine}/equipes", $"{Racine}/thematiques", $"{Racine}/regles", $"{Racine}/delegations" })
            Refus.Refuse(await navigateur.GetAsync(page), $"{page} pour {login}");
    }

    private static KeyValuePair<string, string>[] Regles(params (string Champ, string Valeur)[] changes)
    {
        var champs = new Dictionary<string, string>
        {
            ["Saisie.PremiereRelanceJours"] = "60",
            ["Saisie.IntervalleRelancesJours"] = "30",
            ["Saisie.NombreRelances"] = "3",
            ["Saisie.AbsencesPourSignalement"] = "2",
            ["Saisie.PeriodeAbsencesMois"] = "6",
            ["Saisie.MaintienSocialMois"] = "12",
            ["Saisie.MontantReduction"] = "100",
            ["Saisie.DureeReductionMois"] = "1",
            ["Saisie.DureeMaximaleSuspensionMois"] = "4",
            ["Saisie.PourcentageMinimalRemobilisation"] = "30",
            ["Saisie.DureeMaximaleRemobilisationMois"] = "2",
            ["Saisie.RestitutionMaximaleMois"] = "2",
            ["Saisie.Version"] = "0",
        };
        foreach (var (champ, valeur) in changes) champs[champ] = valeur;
        return [.. champs];
    }

    private static KeyValuePair<string, string>[] Equipe(string nom, string quorum, int? territoire) =>
    [
        new("Saisie.Nom", nom), new("Saisie.TerritoireId", territoire?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""), new("Saisie.Quorum", quorum), new("Saisie.Active", "true"), new("Saisie.MinimumDepartement", "1"),
        new("Saisie.MinimumFranceTravail", "1"), new("Saisie.MinimumProfessionnelsInsertion", "1"), new("Saisie.MinimumRepresentantsBeneficiaires", "0"), new("Saisie.Version", "0"),
    ];

    private static KeyValuePair<string, string>[] Membre(string prenom, string nom, string fonction, string utilisateurId) =>
        [new("Membre.Prenom", prenom), new("Membre.Nom", nom), new("Membre.Fonction", fonction), new("Membre.Organisation", "France Travail Angers"), new("Membre.UtilisateurId", utilisateurId)];

    private static KeyValuePair<string, string>[] Delegation(string utilisateurId, string debut, string? fin, string qualite = "Directrice de l'insertion") =>
        [new("Saisie.UtilisateurId", utilisateurId), new("Saisie.Qualite", qualite), new("Saisie.Debut", debut), new("Saisie.Fin", fin ?? "")];
}
