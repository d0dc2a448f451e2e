using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Tests.Features.Imports;
using Passerelle.Tests.Support;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Indicateurs.Mouvements;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Referents;
using static Passerelle.Tests.Features.Dossiers.DonneesDossiers;
using static Passerelle.Tests.Features.Portefeuille.DonneesPortefeuille;

namespace Passerelle.Tests.Features.Indicateurs;

/// <summary>
/// The stock « sans référent » read from the daily movements against its definition computed on the
/// parcours (the query the indicators ran before the movements existed), at every date and in every
/// scope. Own fixture: the comparison covers the whole département, so no other test may write meanwhile.
/// </summary>
public sealed class MouvementsTests(Application app) : IClassFixture<Application>
{
    private static DateOnly Aujourdhui => HeureDeTest.Aujourdhui;

    /// <summary>The definition, as docs/indicators.md states it, on the parcours and designations.</summary>
    private static async Task<CompteStock> DefinitionAsync(AppDbContext db, DateOnly date, IReadOnlyCollection<int>? territoires)
    {
        var parcours = db.DuRsa().AsNoTracking();
        if (territoires is not null) parcours = parcours.Where(p => p.TerritoireId != null && territoires.Contains(p.TerritoireId.Value));
        var ouverts = parcours.Where(p => p.DateEntree <= date && (p.DateCloture == null || p.DateCloture > date));
        var designations = db.Set<DesignationReferent>().Where(d => d.DateDebut <= date && (d.DateFin == null || d.DateFin > date));
        var sans = ouverts.Where(p => !designations.Any(d => d.ParcoursId == p.Id));
        return new(await ouverts.CountAsync(), await sans.CountAsync(), await sans.CountAsync(p => p.DateOrientation != null && p.DateOrientation <= date));
    }

    private Task<IReadOnlyList<int?>> TerritoiresAsync() => app.DansDepartementAsync("49", async db =>
        (IReadOnlyList<int?>)[null, .. await db.Territoires.OrderBy(t => t.Id).Select(t => (int?)t.Id).ToListAsync()]);

    /// <summary>Every ninth day of 2010 and early 2011 and the days around today (not all stored), département-wide, for one territoire and for two.</summary>
    private async Task ComparerAsync(IReadOnlyList<int?> territoires, string etape) => await app.DansDepartementAsync("49", async (db, services) =>
    {
        var lecture = services.GetRequiredService<LectureMouvements>();
        var angers = territoires[1]!.Value;
        var portees = new IReadOnlyCollection<int>?[] { null, [angers], [territoires[2]!.Value, territoires[^1]!.Value] };
        var dates = Enumerable.Range(0, 50).Select(i => HistoriquesAleatoires.Debut.AddDays(i * 9 - 3)).Concat([Aujourdhui.AddDays(-2), Aujourdhui.AddDays(-1), Aujourdhui]);
        foreach (var date in dates)
            foreach (var portee in portees)
            {
                var (definition, lu) = (await DefinitionAsync(db, date, portee), await lecture.StockAsync(date, portee, CancellationToken.None));
                Assert.True(definition == lu, $"{etape}, au {date} ({(portee is null ? "département" : string.Join(",", portee))}) : {lu} lu, {definition} par la définition.");
            }
        return true;
    });

    [Fact]
    public async Task Stock_lu_des_mouvements_egale_la_definition_apres_des_ecritures_de_toute_sorte()
    {
        var territoires = await TerritoiresAsync();
        var histoires = new HistoriquesAleatoires(app, new Random(20_101), territoires);
        await ComparerAsync(territoires, "données de démonstration");
        await histoires.GenererAsync(300, Aujourdhui);
        await ComparerAsync(territoires, "historiques générés");
        for (var tour = 1; tour <= 3; tour++)
        {
            await histoires.ModifierAsync();
            await ComparerAsync(territoires, $"modifications {tour}");
        }
        await histoires.SupprimerAsync();
        await ComparerAsync(territoires, "parcours supprimé");
        // An import's new entrants get their parcours through the bulk writer, which no SaveChanges sees.
        var flux = ImportsDeTest.Flux(Aujourdhui.AddDays(-2), [.. Enumerable.Range(0, 3).Select(i => ImportsDeTest.Foyer(ImportsDeTest.NouveauNumero(), "2",
            ImportsDeTest.Personne($"MOUVEMENT{i}", "ENTRANTE", new DateOnly(1990, 1, 1).AddDays(i * 37))))]);
        var import = await ImportsDeTest.ImporterAsync(app, flux);
        Assert.Equal(3, (await ImportsDeTest.AttendreFinAsync(app, import.Import!.Id)).NouveauxEntrants);
        await ComparerAsync(territoires, "import de nouveaux entrants");
        await app.DansDepartementAsync("49", async db =>
        {
            // A set-based write is invisible to the change tracker: it must ask for the recomputation itself.
            var ids = histoires.Parcours.Take(40).ToList();
            await db.Set<Parcours>().Where(p => ids.Contains(p.Id)).ExecuteUpdateAsync(s => s.SetProperty(p => p.DateEntree, new DateOnly(2010, 2, 1)));
            db.Add(DemandeRecalcul.Tout(db.TenantId!.Value));
            await db.SaveChangesAsync();
        });
        await ComparerAsync(territoires, "écriture ensembliste");
        var (etat, enAttente) = await app.DansDepartementAsync("49", async db =>
            (await db.Set<EtatMouvements>().SingleAsync(), await db.Set<DemandeRecalcul>().CountAsync()));
        Assert.Equal(Aujourdhui.AddDays(-1), etat.CalculesJusquAu);
        Assert.Equal(0, enAttente);
    }

    [Fact]
    public async Task Lecture_prend_les_jours_stockes_et_recalcule_un_jour_demande()
    {
        var entree = new DateOnly(2012, 3, 5);
        await PersonneAsync(app, p => (p.DateEntree, p.DateCloture) = (entree, entree.AddDays(100)), Saumurois);
        var fin = new DateOnly(2012, 4, 30);
        var juste = await StockAsync(fin);
        // A stored day altered behind the application's back shows in the figure: the stored days are what is read.
        await app.DansDepartementAsync("49", async db =>
        {
            var ligne = await db.Set<MouvementJour>().Where(m => m.Jour == entree).Select(m => m.Id).FirstAsync();
            return await db.Set<MouvementJour>().Where(m => m.Id == ligne).ExecuteUpdateAsync(s => s.SetProperty(m => m.Ouverts, m => m.Ouverts + 1000));
        });
        Assert.Equal(juste.Ouverts + 1000, (await StockAsync(fin)).Ouverts);
        // A request for that day, as a back-dated write leaves, has it recomputed before the next reading.
        await app.DansDepartementAsync("49", async db =>
        {
            db.Add(DemandeRecalcul.Jour(db.TenantId!.Value, entree));
            return await db.SaveChangesAsync();
        });
        Assert.Equal(juste, await StockAsync(fin));
        Assert.Equal(juste, await app.DansDepartementAsync("49", db => DefinitionAsync(db, fin, null)));
    }

    private Task<CompteStock> StockAsync(DateOnly date) => app.DansDepartementAsync("49", (_, services) =>
        services.GetRequiredService<LectureMouvements>().StockAsync(date, null, CancellationToken.None));
}
