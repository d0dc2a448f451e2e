using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Acces;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Features.Imports.Tableur;
using Passerelle.Tests.Features.Structures;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Employeurs;
using Passerelle.Web.Features.Employeurs.Import;
using Passerelle.Web.Features.Territoires;
using Passerelle.Web.Platform.Securite;
using static Passerelle.Tests.Features.Dossiers.DonneesDossiers;

namespace Passerelle.Tests.Features.Employeurs;

/// <summary>The employers' spreadsheet import: the form's rules on every row, all rows or none, the user's column names, scope and role.</summary>
public sealed class ImportEmployeursTests(Application app) : IClassFixture<Application>
{
    private static readonly string[] EntetesSirene = ["siret", "denominationUniteLegale", "codeCommuneEtablissement", "trancheEffectifsEtablissement", "activitePrincipaleEtablissement", "Secteur"];

    [Fact]
    public async Task Charge_verifie_puis_importe_un_extrait_sirene_en_windows_1252_avec_tranches_insee()
    {
        using var charge = await Navigateur.ConnecteAsync(app, "charge-entreprise@49");
        var (boulangerie, mairie) = (SiretsDeTest.Nouveau(), SiretsDeTest.Nouveau());
        var csv = TableurDeTest.Csv([[boulangerie, "Boulangerie Pâtisserie Éloi", "49007", "03", "1071C", ""], [mairie, "Commune de Saumur", "Saumur", "21", "84.11Z", "Employeur public"]],
            entetes: EntetesSirene);
        var octets = Encoding.Latin1.GetBytes(csv);

        var verification = await Navigateur.DocumentAsync(await charge.DeposerAsync("/employeurs/import", [new("Simulation", "true")], "sirene.csv", octets));
        Assert.Contains("créerait 2 employeur(s)", verification.QuerySelector("#verification-import")?.TextContent, StringComparison.Ordinal);
        Assert.False(await ExisteAsync(boulangerie));

        var import = await charge.DeposerAsync("/employeurs/import", [new("Simulation", "false")], "sirene.csv", octets);
        Assert.Equal(HttpStatusCode.Redirect, import.StatusCode);
        var lus = await app.DansDepartementAsync("49", db => db.Set<Employeur>().AsNoTracking().Where(e => e.Siret == boulangerie || e.Siret == mairie).OrderBy(e => e.CodeInsee).ToListAsync());
        Assert.Equal(("Boulangerie Pâtisserie Éloi", "10.71C", TrancheEffectif.UnANeuf, SecteurEmployeur.Entreprise),
            (lus[0].RaisonSociale, lus[0].CodeNaf, lus[0].Effectif, lus[0].Secteur));
        Assert.Equal(("49328", TrancheEffectif.CinquanteADeuxCentQuaranteNeuf, SecteurEmployeur.EmployeurPublic), (lus[1].CodeInsee, lus[1].Effectif, lus[1].Secteur));
        Assert.NotNull(lus[1].TerritoireId);
        Assert.Equal(1, await app.DansDepartementAsync("49", db => db.Audit.CountAsync(a => a.Action == ImportEmployeurs.Action && a.Details!.StartsWith("sirene.csv : 2 créé(s)"))));
    }

    [Fact]
    public async Task Fichier_avec_une_cle_fausse_un_doublon_et_un_siret_connu_n_enregistre_rien_et_nomme_chaque_ligne()
    {
        using var robot = await RobotAsync();
        var (connu, bon, double_) = (SiretsDeTest.Nouveau(), SiretsDeTest.Nouveau(), SiretsDeTest.Nouveau());
        await app.DansDepartementAsync("49", async db =>
        {
            db.Add(new Employeur { Siret = connu, RaisonSociale = "Déjà là", CodeInsee = "49007", CreePar = "test" });
            await db.SaveChangesAsync();
        });
        var csv = TableurDeTest.Csv([
            [bon, "Bon employeur", "49007", "12", "", ""],
            [SiretsDeTest.AvecMauvaiseCle(SiretsDeTest.Nouveau()), "Clé fausse", "49007", "", "", ""],
            [double_, "Premier", "49007", "", "", ""],
            [double_, "Second", "49007", "", "", ""],
            [connu, "Déjà là bis", "49007", "beaucoup", "", ""],
        ], entetes: EntetesSirene);
        using var corps = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        var reponse = await robot.PostAsync(new Uri("/api/v1/employeurs/import?nom=reseau.csv", UriKind.Relative), corps);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reponse.StatusCode);
        var erreurs = (await reponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("erreurs").EnumerateArray()
            .Select(e => (e.GetProperty("ligne").GetInt32(), e.GetProperty("colonne").GetString(), e.GetProperty("motif").GetString()!)).ToList();
        Assert.Contains((3, "siret", "Le SIRET est invalide : sa clé de contrôle ne correspond pas."), erreurs);
        Assert.Contains((5, "siret", $"Le SIRET {double_} figure déjà ligne 4 : gardez une seule ligne par établissement."), erreurs);
        Assert.Contains(erreurs, e => e.Item1 == 6 && e.Item2 == "trancheEffectifsEtablissement" && e.Item3.StartsWith("« beaucoup » n'est ni un nombre de salariés", StringComparison.Ordinal));
        Assert.False(await ExisteAsync(bon));
        Assert.False(await ExisteAsync(double_));

        var sansMiseAJour = await robot.PostAsync(new Uri("/api/v1/employeurs/import", UriKind.Relative),
            new ByteArrayContent(Encoding.UTF8.GetBytes(TableurDeTest.Csv([[connu, "Déjà là bis", "49007", "", "", ""]], entetes: EntetesSirene))));
        Assert.Contains("Cochez « mettre à jour les employeurs déjà enregistrés »", await sansMiseAJour.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Xlsx_aux_colonnes_nommees_par_l_utilisateur_met_a_jour_un_employeur_connu_avec_sa_date_de_charte()
    {
        var connu = SiretsDeTest.Nouveau();
        await app.DansDepartementAsync("49", async db =>
        {
            db.Add(new Employeur { Siret = connu, RaisonSociale = "Ancien nom", CodeInsee = "49007", CreePar = "test" });
            await db.SaveChangesAsync();
        });
        using var charge = await Navigateur.ConnecteAsync(app, "charge-entreprise@49");
        using var xlsx = TableurDeTest.Xlsx([[connu, "Nouveau nom", "Angers", "18/03/2026"]], ["N° établissement", "Nom", "Ville", "Charte"]);
        var champs = new Dictionary<string, string>
        {
            ["Colonnes[siret]"] = "N° établissement",
            ["Colonnes[raison]"] = "nom",
            ["Colonnes[charte]"] = "Charte",
            ["Simulation"] = "false",
            ["MettreAJour"] = "true",
        };
        var oubli = await Navigateur.DocumentAsync(await charge.DeposerAsync("/employeurs/import", champs.Append(new("Colonnes[naf]", "APE")), "reseau.xlsx", xlsx.ToArray()));
        Assert.Contains("la colonne « APE » indiquée pour Code NAF est absente", oubli.QuerySelector("#table-erreurs")?.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await charge.DeposerAsync("/employeurs/import", champs, "reseau.xlsx", xlsx.ToArray())).StatusCode);
        var lu = await app.DansDepartementAsync("49", db => db.Set<Employeur>().AsNoTracking().SingleAsync(e => e.Siret == connu));
        Assert.Equal(("Nouveau nom", new DateOnly(2026, 3, 18)), (lu.RaisonSociale, lu.CharteSigneeLe));
    }

    [Fact]
    public async Task Charge_d_un_territoire_ne_peut_importer_hors_de_ses_communes_et_un_referent_est_refuse()
    {
        var territoire = await app.DansDepartementAsync("49", db => db.Set<Territoire>().Where(t => t.Nom == Angers).Select(t => t.Id).SingleAsync());
        var (_, email) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.ChargeRelationEntreprise, territoireId: territoire);
        using var local = await Navigateur.ConnecteAsync(app, email);
        var saumur = SiretsDeTest.Nouveau();
        var csv = Encoding.UTF8.GetBytes(TableurDeTest.Csv([[SiretsDeTest.Nouveau(), "Angevin", "49007", "", "", ""], [saumur, "Saumurois", "49328", "", "", ""]], entetes: EntetesSirene));
        var refus = await Navigateur.DocumentAsync(await local.DeposerAsync("/employeurs/import", [new("Simulation", "false")], "reseau.csv", csv));
        Assert.Contains("Cette commune n'est pas dans vos territoires", refus.QuerySelector("#table-erreurs")?.TextContent, StringComparison.Ordinal);
        Assert.False(await ExisteAsync(saumur));

        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        Refus.Refuse(await referent.GetAsync("/employeurs/import"), "page d'import pour un référent");
        Assert.Equal(HttpStatusCode.Forbidden, (await referent.Client.PostAsync(new Uri("/api/v1/employeurs/import", UriKind.Relative), new ByteArrayContent(csv))).StatusCode);
    }

    private async Task<bool> ExisteAsync(string siret) => await app.DansDepartementAsync("49", db => db.Set<Employeur>().AnyAsync(e => e.Siret == siret));

    private async Task<HttpClient> RobotAsync() =>
        ClesDeTest.Robot(app, (await ClesDeTest.CreerAsync(app, "49", [PorteesApi.EmployeursEcriture])).Texte);
}
