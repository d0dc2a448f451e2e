using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Features.Administration;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Structures;
using Passerelle.Web.Features.Utilisateurs;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Tests.Features.Utilisateurs;

public sealed class HabilitationsTests(Application app) : IClassFixture<Application>
{
    private static string Fiche(string id) => $"/administration/utilisateurs/{id}";

    private static Dictionary<string, string> Ajout(Role role, int? structure = null, int? territoire = null) => new()
    {
        ["Ajout.Role"] = role.ToString(),
        ["Ajout.StructureId"] = structure?.ToString() ?? "",
        ["Ajout.TerritoireId"] = territoire?.ToString() ?? "",
    };

    private Task<List<Habilitation>> HabilitationsAsync(string id) =>
        app.DansDepartementAsync("49", db => db.Habilitations.AsNoTracking().Where(h => h.UtilisateurId == id).ToListAsync());

    private async Task<string?> TamponAsync(string id) => (await ComptesDeTest.CompteAsync(app, id)).SecurityStamp;

    [Fact]
    public async Task Ajout_valide_ajoute_l_habilitation_renouvelle_le_tampon_et_journalise()
    {
        var (id, _) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.Lecteur);
        var territoire = await app.DansDepartementAsync("49", db => db.Territoires.Select(t => t.Id).FirstAsync());
        var tampon = await TamponAsync(id);
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");

        var reponse = await admin.SoumettreAsync(Fiche(id), Ajout(Role.AgentDepartemental, territoire: territoire), $"{Fiche(id)}?handler=Ajouter");

        Assert.Equal(Fiche(id), Refus.Chemin(reponse));
        Assert.Contains(await HabilitationsAsync(id), h => h.Role == Role.AgentDepartemental && h.TerritoireId == territoire && h.StructureId == null);
        Assert.NotEqual(tampon, await TamponAsync(id));
        Assert.True(await app.DansDepartementAsync("49", db => db.Audit.AnyAsync(a => a.Action == AuditActions.HabilitationAjoutee && a.ObjetId == id)));
        var fiche = await admin.PageAsync(Fiche(id));
        Assert.Contains("Agent départemental", fiche.QuerySelector("#habilitations")?.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Role.Operateur, false, false, "Ajout_StructureId-erreur", "exige une structure")]
    [InlineData(Role.Lecteur, false, true, "Ajout_TerritoireId-erreur", "ni structure ni territoire")]
    [InlineData(Role.Referent, true, true, "Ajout_StructureId-erreur", "pas sur un territoire")]
    public async Task Ajout_avec_un_perimetre_incoherent_est_refuse_sans_rien_changer(Role role, bool avecStructure, bool avecTerritoire, string champ, string message)
    {
        var (id, _) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.PiloteProgramme);
        var (structure, territoire) = await app.DansDepartementAsync("49", async db =>
            (await db.Structures.Select(s => s.Id).FirstAsync(), await db.Territoires.Select(t => t.Id).FirstAsync()));
        var tampon = await TamponAsync(id);
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");

        var reponse = await admin.SoumettreAsync(Fiche(id), Ajout(role, avecStructure ? structure : null, avecTerritoire ? territoire : null), $"{Fiche(id)}?handler=Ajouter");

        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        Assert.Contains(message, (await Navigateur.DocumentAsync(reponse)).QuerySelector($"#{champ}")?.TextContent, StringComparison.Ordinal);
        Assert.Single(await HabilitationsAsync(id));
        Assert.Equal(tampon, await TamponAsync(id));
    }

    [Fact]
    public async Task Ajout_d_une_structure_ou_d_un_territoire_d_un_autre_departement_est_refuse()
    {
        var (id, _) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.PiloteProgramme);
        var (structure37, territoire37) = await app.DansDepartementAsync("37", async db =>
            (await db.Structures.Select(s => s.Id).FirstAsync(), await db.Territoires.Select(t => t.Id).FirstAsync()));
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");

        var parStructure = await Navigateur.DocumentAsync(await admin.SoumettreAsync(Fiche(id), Ajout(Role.Referent, structure37), $"{Fiche(id)}?handler=Ajouter"));
        var parTerritoire = await Navigateur.DocumentAsync(await admin.SoumettreAsync(Fiche(id), Ajout(Role.AgentDepartemental, territoire: territoire37), $"{Fiche(id)}?handler=Ajouter"));

        Assert.Equal("Choisissez une structure active de votre département.", parStructure.QuerySelector("#Ajout_StructureId-erreur")?.TextContent);
        Assert.Equal("Choisissez un territoire actif de votre département.", parTerritoire.QuerySelector("#Ajout_TerritoireId-erreur")?.TextContent);
        Assert.Single(await HabilitationsAsync(id));
    }

    [Fact]
    public async Task Ajout_sur_une_structure_desactivee_ou_en_double_est_refuse()
    {
        var ccas = await app.DansDepartementAsync("49", db => db.Structures.Where(s => s.Type == TypeStructure.CcasCias).Select(s => s.Id).FirstAsync());
        var (id, _) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.Referent, structureId: ccas);
        var fermee = await app.DansDepartementAsync("49", async db =>
        {
            var structure = new Structure { Nom = $"Fermée {Guid.NewGuid():N}", Siret = Random.Shared.NextInt64(10_000_000_000_000, 99_999_999_999_999).ToString(), Adresse = "1 rue Test", CodeInsee = "49007", Actif = false };
            db.Structures.Add(structure);
            await db.SaveChangesAsync();
            return structure.Id;
        });
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");

        var desactivee = await Navigateur.DocumentAsync(await admin.SoumettreAsync(Fiche(id), Ajout(Role.Referent, fermee), $"{Fiche(id)}?handler=Ajouter"));
        var doublon = await Navigateur.DocumentAsync(await admin.SoumettreAsync(Fiche(id), Ajout(Role.Referent, ccas), $"{Fiche(id)}?handler=Ajouter"));

        Assert.Equal("Choisissez une structure active de votre département.", desactivee.QuerySelector("#Ajout_StructureId-erreur")?.TextContent);
        Assert.Equal("Ce compte a déjà cette habilitation.", doublon.QuerySelector("#Ajout_Role-erreur")?.TextContent);
        Assert.Single(await HabilitationsAsync(id));
    }

    [Fact]
    public async Task Retrait_retire_l_habilitation_renouvelle_le_tampon_et_journalise()
    {
        var (id, _) = await ComptesDeTest.CreerCompteAsync(app, "49", Role.Lecteur);
        var habilitation = Assert.Single(await HabilitationsAsync(id)).Id;
        var tampon = await TamponAsync(id);
        using var admin = await Navigateur.ConnecteAsync(app, "admin@49");

        var reponse = await admin.SoumettreAsync(Fiche(id), [], $"{Fiche(id)}?handler=Retirer&habilitationId={habilitation}");

        Assert.Equal(Fiche(id), Refus.Chemin(reponse));
        Assert.Empty(await HabilitationsAsync(id));
        Assert.NotEqual(tampon, await TamponAsync(id));
        Assert.True(await app.DansDepartementAsync("49", db => db.Audit.AnyAsync(a => a.Action == AuditActions.HabilitationRetiree && a.ObjetId == id)));
    }

    [Fact]
    public async Task Retrait_du_role_du_dernier_administrateur_actif_est_refuse_puis_permis_avec_un_second()
    {
        await ComptesDeTest.CreerDepartementAsync(app, "85", "Vendée");
        var (seul, email) = await ComptesDeTest.CreerCompteAsync(app, "85", Role.Administrateur, deuxFacteurs: true);
        var habilitation = await app.DansDepartementAsync("85", db => db.Habilitations.Where(h => h.UtilisateurId == seul).Select(h => h.Id).SingleAsync());
        using var admin = await ComptesDeTest.ConnecterAsync(app, email);
        var retrait = $"{Fiche(seul)}?handler=Retirer&habilitationId={habilitation}";

        var refus = await admin.SoumettreAsync(Fiche(seul), [], retrait);
        var fiche = await admin.PageAsync(Fiche(seul));
        Assert.Contains("dernier administrateur actif", fiche.QuerySelector(".fr-alert--error")?.TextContent, StringComparison.Ordinal);
        Assert.True(await app.DansDepartementAsync("85", db => db.Habilitations.AnyAsync(h => h.Id == habilitation)));

        await ComptesDeTest.CreerCompteAsync(app, "85", Role.Administrateur, deuxFacteurs: true);
        await admin.SoumettreAsync(Fiche(seul), [], retrait);
        Assert.False(await app.DansDepartementAsync("85", db => db.Habilitations.AnyAsync(h => h.Id == habilitation)));
        Assert.Equal(Fiche(seul), Refus.Chemin(refus));
    }
}
