using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Tests.Features.Cohortes;
using Passerelle.Tests.Support;
using Passerelle.Web.Data;
using Passerelle.Web.Data.Cache;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Referents;
using Passerelle.Web.Features.Territoires;
using Passerelle.Web.Platform.Audit;

namespace Passerelle.Tests.Data;

/// <summary>The version that keeps cached figures honest moves when, and only when, a followed write of the département is committed.</summary>
public sealed class SuiviEcrituresTests(Application app) : IClassFixture<Application>
{
    private VersionsDonnees Versions => app.Services.GetRequiredService<VersionsDonnees>();

    private Task<int> IdAsync(string code) => app.DansDepartementAsync(code, db => db.Departements.Where(d => d.Code == code).Select(d => d.Id).SingleAsync());

    private Task<ParcoursDeTest> ParcoursAsync() =>
        DonneesCohortes.CreerTerritoireAsync(app).ContinueWith(t => DonneesCohortes.CreerAsync(app, t.Result.Nom, p => p.Etape = EtapeParcours.AInviter)).Unwrap();

    [Fact]
    public async Task Ecriture_en_transaction_ne_change_la_version_qu_a_la_validation()
    {
        var parcours = await ParcoursAsync();
        var departement = await IdAsync("49");
        await app.DansDepartementAsync("49", async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var ligne = await db.Set<Parcours>().SingleAsync(p => p.Id == parcours.Id);
            ligne.Etape = EtapeParcours.Invite;
            await db.SaveChangesAsync();
            var pendant = Versions.Version(departement);
            // A value computed now reads the old row (not committed): it must not outlive the commit.
            await transaction.CommitAsync();
            Assert.True(Versions.Version(departement) > pendant);
        });
    }

    [Fact]
    public async Task Ecriture_validee_d_un_departement_ne_change_pas_la_version_d_un_autre()
    {
        var (quarante_neuf, trente_sept) = (await IdAsync("49"), await IdAsync("37"));
        var avant49 = Versions.Version(quarante_neuf);
        var avant37 = Versions.Version(trente_sept);
        await DonneesCohortes.CreerTerritoireAsync(app, "37");
        Assert.True(Versions.Version(trente_sept) > avant37);
        Assert.Equal(avant49, Versions.Version(quarante_neuf));
    }

    [Fact]
    public async Task Ecriture_validee_ne_change_que_la_version_de_ses_tables()
    {
        var departement = await IdAsync("49");
        var (territoires, heures) = (Versions.Version(departement, [typeof(Territoire)]), Versions.Version(departement, [typeof(Web.Features.Clauses.HeuresClause)]));
        await DonneesCohortes.CreerTerritoireAsync(app);
        Assert.True(Versions.Version(departement, [typeof(Territoire)]) > territoires);
        Assert.Equal(heures, Versions.Version(departement, [typeof(Web.Features.Clauses.HeuresClause)]));
    }

    [Fact]
    public async Task Ecriture_hors_des_tables_suivies_ne_change_pas_la_version()
    {
        var departement = await IdAsync("49");
        var avant = Versions.Version(departement);
        await app.DansDepartementAsync("49", async db =>
        {
            db.Audit.Add(new AuditEntry { DepartementId = departement, Utilisateur = "test", Action = "Consultation", Objet = "Personne", Horodatage = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });
        Assert.Equal(avant, Versions.Version(departement));
    }

    [Fact]
    public async Task Mise_a_jour_ensembliste_des_designations_change_la_version()
    {
        var departement = await IdAsync("49");
        var avant = Versions.Version(departement);
        await app.DansDepartementAsync("49", db =>
            db.Set<DesignationReferent>().Where(d => d.Id < 0).ExecuteUpdateAsync(s => s.SetProperty(d => d.MotifFin, "test")));
        Assert.True(Versions.Version(departement) > avant);
    }

    [Fact]
    public async Task Ecriture_ensembliste_d_une_table_suivie_change_la_version_a_la_validation()
    {
        var departement = await IdAsync("49");
        await app.DansDepartementAsync("49", async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var avant = Versions.Version(departement);
            var ecriture = new EcritureEnsembliste(db);
            ecriture.Ajouter(new Territoire { Nom = $"Territoire écrit en masse {Guid.NewGuid():N}" });
            await ecriture.EcrireAsync();
            Assert.Equal(avant, Versions.Version(departement));
            await transaction.CommitAsync();
            Assert.True(Versions.Version(departement) > avant);
        });
    }
}
