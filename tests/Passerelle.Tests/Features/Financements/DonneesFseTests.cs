using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Financements;
using Passerelle.Web.Features.Financements.Fse;
using static Passerelle.Tests.Features.Financements.FinancementsDeTest;
using static Passerelle.Tests.Features.Prescriptions.PrescriptionsDeTest;

namespace Passerelle.Tests.Features.Financements;

/// <summary>The operator records FSE+ participant data of an FSE-funded action; the département exports an operation without names.</summary>
public sealed class DonneesFseTests(Application app) : IClassFixture<Application>
{
    private static KeyValuePair<string, string>[] Entree(string situation = "ChomeurLongueDuree", string niveau = "Cite2") =>
        [new("version", "0"), new("situationEntree", situation), new("niveauEtudes", niveau), new("parentIsole", "true")];

    private async Task<(int Action, string Operation)> ActionFseAsync()
    {
        var action = await ActionPublieeAsync(app, places: 3);
        var operation = $"OP{action}";
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        Assert.Null(await AjouterAsync(agent, action, Ligne("Fse", "20000", annee: Annee, programmeFse: "PN FSE+ 2021-2027", operationFse: operation)));
        return (action, operation);
    }

    [Fact]
    public async Task Operateur_saisit_les_donnees_d_entree_puis_de_sortie_et_la_tranche_d_age_vient_du_dossier()
    {
        var (action, _) = await ActionFseAsync();
        var (prescription, personne) = await ParticipantEntreAsync(app, action);
        using var operateur = await Navigateur.ConnecteAsync(app, "operateur@49");
        var lien = (await operateur.PageAsync($"/prescriptions/{prescription}")).QuerySelector("#lien-fse");
        Assert.Equal($"/financements/fse/{prescription}", lien?.GetAttribute("href"));
        var naissance = await app.DansDepartementAsync("49", db => db.Personnes.Where(p => p.Id == personne).Select(p => p.DateNaissance).SingleAsync());
        var tranche = VocabulaireFse.TrancheA(naissance, HeureDeTest.Aujourdhui);
        var page = await operateur.PageAsync($"/financements/fse/{prescription}");
        Assert.Contains(tranche.Libelle(), page.QuerySelector("#tranche-age")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(naissance.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#situation-sortie"));

        await operateur.SoumettreAsync($"/financements/fse/{prescription}", Entree());
        var donnees = await app.DansDepartementAsync("49", db => db.Set<DonneesFseParticipant>().AsNoTracking().SingleAsync(d => d.PrescriptionId == prescription));
        Assert.Equal((SituationMarcheTravail.ChomeurLongueDuree, NiveauCite.Cite2, tranche, true, false, (SituationSortieFse?)null),
            (donnees.SituationEntree, donnees.NiveauEtudes, donnees.TrancheAge, donnees.ParentIsole, donnees.MenageSansEmploi, donnees.SituationSortie));

        var refus = await operateur.SoumettreAsync($"/financements/fse/{prescription}", [.. Entree(), new("situationSortie", "Emploi")]);
        Assert.Equal(HttpStatusCode.Redirect, refus.StatusCode);
        Assert.Contains("après la sortie", (await operateur.PageAsync($"/financements/fse/{prescription}")).QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Sortie enregistrée", await AgirAsync(app, operateur, prescription, "Sortir", Champ("type", "FormationQualifiante")), StringComparison.Ordinal);
        await operateur.SoumettreAsync($"/financements/fse/{prescription}", [new("version", "0"), new("situationEntree", "Inactif"), new("niveauEtudes", "Cite2"),
            new("situationSortie", "EtudesFormation")]);
        donnees = await app.DansDepartementAsync("49", db => db.Set<DonneesFseParticipant>().AsNoTracking().SingleAsync(d => d.PrescriptionId == prescription));
        Assert.Equal((SituationMarcheTravail.Inactif, SituationSortieFse.EtudesFormation, 1), (donnees.SituationEntree, donnees.SituationSortie.GetValueOrDefault(), donnees.Version));
        Assert.Equal(2, await app.DansDepartementAsync("49", db => db.Audit.CountAsync(a => a.Action == ActionsFinancements.SaisieFse && a.ObjetId == prescription.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task Operateur_d_une_autre_structure_ne_saisit_pas_et_sans_ligne_fse_rien_n_est_a_recueillir()
    {
        var (action, _) = await ActionFseAsync();
        var (prescription, _) = await ParticipantEntreAsync(app, action);
        using var autre = await Navigateur.ConnecteAsync(app, "operateur@37");
        Assert.Equal(HttpStatusCode.NotFound, (await autre.GetAsync($"/financements/fse/{prescription}")).StatusCode);
        var jeton = (await autre.PageAsync("/prescriptions")).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
        Assert.Equal(HttpStatusCode.NotFound, (await autre.PosterAsync($"/financements/fse/{prescription}", Entree(), jeton)).StatusCode);
        Assert.False(await app.DansDepartementAsync("49", db => db.Set<DonneesFseParticipant>().AnyAsync(d => d.PrescriptionId == prescription)));

        var sansFse = await ActionPublieeAsync(app, places: 3);
        var (autrePrescription, _) = await ParticipantEntreAsync(app, sansFse);
        using var operateur = await Navigateur.ConnecteAsync(app, "operateur@49");
        Assert.Null((await operateur.PageAsync($"/prescriptions/{autrePrescription}")).QuerySelector("#lien-fse"));
        Assert.NotNull((await operateur.PageAsync($"/financements/fse/{autrePrescription}")).QuerySelector("#sans-fse"));
    }

    [Fact]
    public async Task Export_d_une_operation_donne_une_ligne_par_participant_sans_nom_et_se_refuse_a_l_operateur()
    {
        var (action, operation) = await ActionFseAsync();
        var (prescription, personne) = await ParticipantEntreAsync(app, action);
        using (var operateur = await Navigateur.ConnecteAsync(app, "operateur@49"))
        {
            await operateur.SoumettreAsync($"/financements/fse/{prescription}", Entree("EnEmploi", "Cite5a8"));
            Refus.Refuse(await operateur.GetAsync($"/financements/fse/operations/{operation}.csv"), "opérateur GET export FSE");
        }
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");
        var reponse = await agent.GetAsync($"/financements/fse/operations/{operation}.csv");
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        var texte = await reponse.Content.ReadAsStringAsync();
        var lignes = texte.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("numero_participant;code_operation;code_programme;action;date_entree;date_sortie;donnees_saisies;sexe;tranche_age;situation_entree;niveau_etudes;"
            + "menage_sans_emploi;enfants_a_charge;parent_isole;situation_sortie", lignes[0]);
        var champs = Assert.Single(lignes[1..]).Split(';');
        Assert.Equal([prescription.ToString(System.Globalization.CultureInfo.InvariantCulture), operation, "PN FSE+ 2021-2027"], champs[..3]);
        Assert.Equal((HeureDeTest.Aujourdhui.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "", "oui", "en_emploi", "cite_5_8", "non", "oui"),
            (champs[4], champs[5], champs[6], champs[9], champs[10], champs[11], champs[13]));
        var identite = await app.DansDepartementAsync("49", db => db.Personnes.Where(p => p.Id == personne).Select(p => new { p.Nom, p.Prenoms }).SingleAsync());
        Assert.DoesNotContain(identite.Nom, texte, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(identite.Prenoms, texte, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.NotFound, (await agent.GetAsync("/financements/fse/operations/INCONNUE.csv")).StatusCode);
        Assert.Contains(operation, (await agent.PageAsync("/financements")).QuerySelector("#table-operations")?.TextContent, StringComparison.Ordinal);
    }
}
