using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Support;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Demo;
using Passerelle.Web.Features.Dossiers.Cnaf;
using Passerelle.Web.Features.Imports;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Tests.Features.Imports;

/// <summary>
/// The application process killed with SIGKILL in the middle of an import (no shutdown, no finally):
/// what the database holds is exactly the committed batches, and the command run again resumes.
/// </summary>
public sealed class ArretBrutalImportTests : IDisposable
{
    /// <summary>Ten lots: on a quiet machine three lots were all committed between the poll that saw the first and the kill.</summary>
    private const int Foyers = 10_000;
    private readonly string dossier = Directory.CreateTempSubdirectory("passerelle-kill-").FullName;

    [Fact]
    public async Task Import_tue_par_sigkill_ne_laisse_aucun_dossier_a_moitie_et_la_commande_relancee_reprend_au_point_de_sauvegarde()
    {
        await using var baseDeTest = new BaseDeTest();
        var fichier = Path.Combine(dossier, "flux.xml");
        await using (var flux = File.Create(fichier))
            new GenerateurFluxCnaf(Web.Features.Communes.Communes.Charger(), "49", 20261203).Ecrire(flux, Foyers, new DateOnly(2026, 10, 31));
        List<ElementFluxCnaf> elements;
        await using (var flux = File.OpenRead(fichier)) elements = LecteurFluxCnaf.Lire(flux).ToList();
        var foyers = elements.OfType<FoyerLu>().ToDictionary(f => f.Foyer.NumDemRsa, f => f.Foyer);
        string[] commande = ["import", "cnaf", fichier, "--departement", "49"];

        ImportFichier tue;
        using (var premier = ProcessusApplication.Demarrer(baseDeTest, Path.Combine(dossier, "imports"), commande))
        {
            await AttendreUnLotValideAsync(baseDeTest, premier);
            await premier.TuerAsync();
            tue = await ImportAsync(baseDeTest);
            Assert.True(tue.Statut == StatutImport.EnCours && tue.ElementsTraites < elements.Count,
                $"L'import a fini avant d'être tué ({tue.ElementsTraites} éléments sur {elements.Count}) : le test ne prouve rien.\n{premier.Sortie}");
        }
        var avant = await VerifierAsync(baseDeTest, tue, foyers);
        Assert.NotEmpty(avant);

        // Stands for the two minutes after which the lease of a dead instance expires.
        await DansLaBaseAsync(baseDeTest, db => db.Imports.IgnoreQueryFilters().ExecuteUpdateAsync(s => s.SetProperty(i => i.BailJusquA, DateTime.UtcNow.AddMinutes(-1))));
        using var second = ProcessusApplication.Demarrer(baseDeTest, Path.Combine(dossier, "imports"), commande);
        Assert.True(await second.AttendreAsync(TimeSpan.FromMinutes(5)) == LigneDeCommandeImport.Succes, second.Sortie);

        var repris = await ImportAsync(baseDeTest);
        Assert.Equal((tue.Id, StatutImport.Termine, elements.Count, 0), (repris.Id, repris.Statut, repris.ElementsTraites, repris.Inchanges));
        var apres = await VerifierAsync(baseDeTest, repris, foyers);
        var rejetes = await DansLaBaseAsync(baseDeTest, db => db.RejetsImport.IgnoreQueryFilters().Select(r => r.NumDemRsa!).ToListAsync());
        Assert.Equal(foyers.Keys.Except(rejetes).Order(), apres.Keys.Order());
        Assert.All(avant, d => Assert.Equal(d.Value, apres[d.Key]));
    }

    /// <summary>Polls the import's row (the base may not exist yet) until a first batch is committed.</summary>
    private static async Task AttendreUnLotValideAsync(BaseDeTest baseDeTest, ProcessusApplication application)
    {
        var limite = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < limite && !application.Termine)
        {
            try
            {
                var creee = baseDeTest.EstPostgres || File.Exists(baseDeTest.ChaineConnexion["Data Source=".Length..]);
                if (creee && (await ImportAsync(baseDeTest)).ElementsTraites >= ExecutionImport.TailleLot) return;
            }
            catch (Exception e) when (e is DbException or InvalidOperationException)
            {
                // Not migrated yet, or no import row yet.
            }
            await Task.Delay(20);
        }
        Assert.Fail($"Aucun lot validé (processus terminé : {application.Termine}).\n{application.Sortie}");
    }

    /// <summary>
    /// Every dossier of the base holds exactly the members the file gives it, one rights history row per
    /// member and one import row; no person lies outside a dossier; the counters say what the base holds.
    /// </summary>
    /// <returns>Each dossier's key and members, to compare before and after the resumed run.</returns>
    private static async Task<Dictionary<string, string>> VerifierAsync(BaseDeTest baseDeTest, ImportFichier import, Dictionary<string, FoyerCnaf> foyers) =>
        await DansLaBaseAsync(baseDeTest, async db =>
    {
        var dossiers = await db.Dossiers.IgnoreQueryFilters().AsNoTracking().Select(d => new
        {
            d.Id,
            d.NumDemRsa,
            Membres = d.Membres.Select(m => new { m.Role, m.Personne!.Nom, m.Personne.Prenoms, m.Personne.DateNaissance }).ToList(),
            Historique = db.HistoriqueDroits.IgnoreQueryFilters().Count(h => h.DossierId == d.Id),
            Suivis = db.DossiersImports.IgnoreQueryFilters().Count(s => s.DossierId == d.Id && s.ImportId == import.Id),
        }).ToListAsync();
        var resultat = new Dictionary<string, string>();
        foreach (var d in dossiers)
        {
            var membres = d.Membres.Select(m => $"{m.Role} {m.Nom} {m.Prenoms} {m.DateNaissance:yyyy-MM-dd}").Order().ToList();
            Assert.Equal(foyers[d.NumDemRsa].Personnes.Select(p => $"{p.Role} {p.Nom} {p.Prenom} {p.DateNaissance:yyyy-MM-dd}").Order(), membres);
            Assert.Equal((d.NumDemRsa, membres.Count, 1), (d.NumDemRsa, d.Historique, d.Suivis));
            resultat[d.NumDemRsa] = $"{d.Id}: {string.Join(" | ", membres)}";
        }
        Assert.Equal(await db.MembresFoyer.IgnoreQueryFilters().CountAsync(), await db.Personnes.IgnoreQueryFilters().CountAsync());
        Assert.Equal(dossiers.Count, import.Crees);
        Assert.Equal(import.ElementsTraites - 1, import.Crees + import.MisAJour + import.Inchanges + import.Ignores + import.Rejetes);
        return resultat;
    });

    private static Task<ImportFichier> ImportAsync(BaseDeTest baseDeTest) => DansLaBaseAsync(baseDeTest, db => db.Imports.IgnoreQueryFilters().AsNoTracking().SingleAsync());

    private static async Task<T> DansLaBaseAsync<T>(BaseDeTest baseDeTest, Func<AppDbContext, Task<T>> travail)
    {
        await using var db = baseDeTest.EstPostgres
            ? new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(baseDeTest.ChaineConnexion).Options, new SansDepartement())
            : (AppDbContext)new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(baseDeTest.ChaineConnexion).Options, new SansDepartement());
        return await travail(db);
    }

    public void Dispose() => Directory.Delete(dossier, recursive: true);

    /// <summary>The test reads the whole base: its queries say so with IgnoreQueryFilters.</summary>
    private sealed class SansDepartement : ITenantContext
    {
        public int? DepartementId => null;
    }
}
