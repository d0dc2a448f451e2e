using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Passerelle.Web.Data;
using Passerelle.Web.Data.Cache;
using Passerelle.Web.Features.Clauses;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Territoires;
using Passerelle.Web.Platform.Audit;

namespace Passerelle.Tests.Data;

/// <summary>The rule of decision 0007: a kept value is served until its département's version moves, never across départements.</summary>
public sealed class CacheDepartementTests : IDisposable
{
    private readonly MemoryCache memoire = new(new MemoryCacheOptions());
    private readonly VersionsDonnees versions = new();
    private int calculs;

    private sealed class Tenant(int? departement) : ITenantContext
    {
        public int? DepartementId => departement;
    }

    private static SqliteAppDbContext Contexte(int? departement) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=:memory:").Options, new Tenant(departement));

    private Task<int> LireAsync(CacheDepartement cache, AppDbContext db) =>
        cache.ObtenirAsync(db, "valeur", _ => Task.FromResult(++calculs), CancellationToken.None);

    [Fact]
    public async Task Valeur_gardee_jusqu_a_une_ecriture_du_meme_departement()
    {
        var cache = new CacheDepartement(memoire, versions);
        using var db = Contexte(1);
        Assert.Equal(1, await LireAsync(cache, db));
        Assert.Equal(1, await LireAsync(cache, db));
        versions.Changer(2, [typeof(Parcours)]);
        Assert.Equal(1, await LireAsync(cache, db));
        versions.Changer(1, [typeof(Parcours)]);
        Assert.Equal(2, await LireAsync(cache, db));
        versions.Changer(null, []);
        Assert.Equal(3, await LireAsync(cache, db));
    }

    [Fact]
    public async Task Valeur_qui_nomme_ses_tables_n_est_recalculee_qu_a_l_ecriture_de_l_une_d_elles()
    {
        var cache = new CacheDepartement(memoire, versions);
        using var db = Contexte(1);
        Task<int> LireHeuresAsync() => cache.ObtenirAsync(db, "heures", [typeof(HeuresClause), typeof(Territoire)], _ => Task.FromResult(++calculs), CancellationToken.None);
        Assert.Equal((1, 2), (await LireHeuresAsync(), await LireAsync(cache, db)));
        versions.Changer(1, [typeof(Parcours)]);
        Assert.Equal((1, 3), (await LireHeuresAsync(), await LireAsync(cache, db)));
        versions.Changer(1, [typeof(Territoire)]);
        Assert.Equal((4, 5), (await LireHeuresAsync(), await LireAsync(cache, db)));
        versions.Changer(null, []);
        Assert.Equal(6, await LireHeuresAsync());
    }

    [Fact]
    public async Task Valeur_qui_nomme_une_table_non_suivie_est_refusee()
    {
        using var db = Contexte(1);
        await Assert.ThrowsAsync<ArgumentException>(() =>
            new CacheDepartement(memoire, versions).ObtenirAsync(db, "audit", [typeof(AuditEntry)], _ => Task.FromResult(1), CancellationToken.None));
    }

    [Fact]
    public async Task Valeur_d_un_departement_n_est_jamais_servie_a_un_autre()
    {
        var cache = new CacheDepartement(memoire, versions);
        using var un = Contexte(1);
        using var deux = Contexte(2);
        Assert.Equal(1, await LireAsync(cache, un));
        Assert.Equal(2, await LireAsync(cache, deux));
        Assert.Equal(1, await LireAsync(cache, un));
    }

    [Fact]
    public async Task Sans_departement_ou_cache_desactive_rien_n_est_garde()
    {
        using var sansTenant = Contexte(null);
        var cache = new CacheDepartement(memoire, versions);
        Assert.Equal(1, await LireAsync(cache, sansTenant));
        Assert.Equal(2, await LireAsync(cache, sansTenant));
        using var db = Contexte(1);
        var desactive = new CacheDepartement(memoire, versions, desactive: true);
        Assert.Equal(3, await LireAsync(desactive, db));
        Assert.Equal(4, await LireAsync(desactive, db));
    }

    public void Dispose() => memoire.Dispose();
}
