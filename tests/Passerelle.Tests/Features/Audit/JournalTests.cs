using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Support;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Tests.Features.Audit;

public sealed class JournalTests(Application app) : IClassFixture<Application>
{
    private static readonly DateTime Hiver = new(2025, 1, 15, 9, 30, 0, DateTimeKind.Utc);

    /// <summary>Writes journal rows of a type of object no other test uses, so searches see only these.</summary>
    private async Task<string> EcrireAsync(string departement, int nombre, Func<int, AuditEntry>? modele = null)
    {
        var objet = $"Essai-{Guid.NewGuid():N}"[..30];
        await app.DansDepartementAsync(departement, async db =>
        {
            for (var i = 0; i < nombre; i++)
            {
                var entree = modele?.Invoke(i) ?? new AuditEntry { Action = AuditActions.Modification, Horodatage = Hiver.AddMinutes(i), Utilisateur = "agent@49.passerelle.test" };
                entree.Objet = objet;
                entree.ObjetId ??= i.ToString();
                entree.DepartementId = db.TenantId;
                db.Audit.Add(entree);
            }
            await db.SaveChangesAsync();
        });
        return objet;
    }

    private static List<string> Identifiants(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("#journal tbody tr td:nth-child(4)").Select(td => td.TextContent.Trim().Split(' ')[^1]).ToList();

    [Fact]
    public async Task Recherche_par_objet_montre_les_plus_recentes_d_abord_et_pagine()
    {
        var objet = await EcrireAsync("49", 25);
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");

        var premiere = await admin.PageAsync($"/administration/journal?Filtre.Objet={objet}");
        var seconde = await admin.PageAsync($"/administration/journal?Filtre.Objet={objet}&numero=2");

        Assert.Equal(Enumerable.Range(5, Pagination.TailleParDefaut).Reverse().Select(i => i.ToString()), Identifiants(premiere));
        Assert.Equal(["4", "3", "2", "1", "0"], Identifiants(seconde));
        Assert.Equal("15/01/2025 10:54:00", premiere.QuerySelector("#journal tbody tr td")?.TextContent);
    }

    [Fact]
    public async Task Recherche_par_periode_action_utilisateur_et_identifiant_combine_les_criteres()
    {
        var objet = await EcrireAsync("49", 4, i => new AuditEntry
        {
            Action = i % 2 == 0 ? AuditActions.Creation : AuditActions.Desactivation,
            Horodatage = Hiver.AddDays(i),
            Utilisateur = i < 2 ? "alice@49.passerelle.test" : "bruno@49.passerelle.test",
        });
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");
        async Task<List<string>> ChercherAsync(string criteres) => Identifiants(await admin.PageAsync($"/administration/journal?Filtre.Objet={objet}&{criteres}"));

        Assert.Equal(["2", "1"], await ChercherAsync("Filtre.Du=2025-01-16&Filtre.Au=2025-01-17"));
        Assert.Equal(["3", "1"], await ChercherAsync($"Filtre.Action={AuditActions.Desactivation}"));
        Assert.Equal(["1", "0"], await ChercherAsync("Filtre.Utilisateur=ALICE"));
        Assert.Equal(["2"], await ChercherAsync("Filtre.ObjetId=2"));
    }

    [Fact]
    public async Task Periode_inversee_affiche_une_erreur()
    {
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");
        var page = await admin.PageAsync("/administration/journal?Filtre.Du=2025-02-01&Filtre.Au=2025-01-01");
        Assert.Contains("postérieure ou égale", page.QuerySelector("#Filtre_Au-erreur")?.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#journal"));
    }

    [Fact]
    public async Task Journal_d_un_autre_departement_reste_invisible()
    {
        var objet = await EcrireAsync("37", 1);
        using var admin49 = await Navigateur.ConnecteAsync(app, "admin@49");
        using var admin37 = await Navigateur.ConnecteAsync(app, "admin@37");

        Assert.Empty(Identifiants(await admin49.PageAsync($"/administration/journal?Filtre.Objet={objet}")));
        Assert.Equal(["0"], Identifiants(await admin37.PageAsync($"/administration/journal?Filtre.Objet={objet}")));
        var export = await (await admin49.GetAsync($"/administration/journal?handler=Export&Filtre.Objet={objet}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(objet, export, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_csv_reprend_le_filtre_neutralise_les_formules_et_se_journalise()
    {
        var objet = await EcrireAsync("49", 2, i => new AuditEntry
        {
            Action = AuditActions.Modification,
            Horodatage = Hiver.AddMinutes(i),
            Utilisateur = i == 0 ? "=HYPERLINK(\"http://evil\")" : "agent@49.passerelle.test",
            Details = i == 0 ? "@SUM(A1)" : "Champs modifiés : nom; prénom",
        });
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");

        var reponse = await admin.GetAsync($"/administration/journal?handler=Export&Filtre.Objet={objet}");

        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        Assert.Equal("text/csv", reponse.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("attachment; filename=\"journal-audit-", reponse.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        var octets = await reponse.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), octets[..3]);
        var lignes = Encoding.UTF8.GetString(octets[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lignes.Length);
        Assert.Equal("Date et heure (heure légale);Utilisateur;Action;Objet;Identifiant;Détails;Adresse IP", lignes[0]);
        Assert.Equal($"2025-01-15 10:31:00;agent@49.passerelle.test;Modification;{objet};1;\"Champs modifiés : nom; prénom\";", lignes[1]);
        Assert.Equal($"2025-01-15 10:30:00;\"'=HYPERLINK(\"\"http://evil\"\")\";Modification;{objet};0;'@SUM(A1);", lignes[2]);
        Assert.True(await app.DansDepartementAsync("49", db => db.Audit.AnyAsync(a => a.Action == AuditActions.Export && a.Details!.Contains(objet))));
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+33 6", "'+33 6")]
    [InlineData("-2", "'-2")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\tcache", "'\tcache")]
    [InlineData("a;b", "\"a;b\"")]
    [InlineData("dit \"oui\"", "\"dit \"\"oui\"\"\"")]
    [InlineData("ligne\nsuivante", "\"ligne\nsuivante\"")]
    [InlineData("simple", "simple")]
    [InlineData(null, "")]
    public void Cellule_csv_echappe_separateurs_guillemets_et_debuts_de_formule(string? valeur, string attendu) =>
        Assert.Equal(attendu, Passerelle.Web.Platform.Export.CelluleTableur.Csv(valeur));
}
