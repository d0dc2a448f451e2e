using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Imports;
using Passerelle.Web.Platform.Securite;
using static Passerelle.Tests.Features.Imports.ImportsDeTest;

namespace Passerelle.Tests.Features.Imports;

public sealed class ImportEnsemblisteTests(Application app) : IClassFixture<Application>
{
    private static readonly DateOnly Janvier = new(2026, 1, 31), Fevrier = new(2026, 2, 28);

    [Fact]
    public async Task Import_de_dossiers_nouveaux_les_ecrit_sans_inserer_par_EF_et_complets()
    {
        var numeros = Enumerable.Range(0, 4).Select(_ => NouveauNumero()).ToArray();
        var fichier = Flux(Janvier, numeros.Select((n, i) => Foyer(n, "2",
            Personne("MASSE", $"LEA{i}", new DateOnly(1981, 1, i + 1)), Personne("MASSE", $"ENZO{i}", new DateOnly(2012, 1, i + 1), sdd: false, role: "ENF"))).ToArray());
        using var commandes = new CommandesEf();

        var import = (await ImporterAsync(app, fichier)).Import!;

        Assert.Equal((StatutImport.Termine, 4, 0), (import.Statut, import.Crees, import.Rejetes));
        Assert.Equal(0, commandes.Compter("INSERT INTO \"DossiersRsa\"", numeros));
        var dossiers = await app.DansDepartementAsync("49", db => db.Dossiers.AsNoTracking().Where(d => numeros.Contains(d.NumDemRsa))
            .Select(d => new
            {
                d.Id,
                Membres = d.Membres.Select(m => new { m.Role, m.Personne!.Prenoms, m.Personne.DossierCourantId }).ToList(),
                Historique = db.HistoriqueDroits.Count(h => h.DossierId == d.Id),
                Suivis = db.DossiersImports.Count(s => s.DossierId == d.Id && s.ImportId == import.Id && s.Creation),
            }).ToListAsync());
        Assert.Equal(4, dossiers.Count);
        Assert.All(dossiers, d =>
        {
            Assert.Equal(["DEM", "ENF"], d.Membres.Select(m => m.Role).Order());
            Assert.All(d.Membres, m => Assert.Equal(d.Id, m.DossierCourantId));
            Assert.Equal((2, 1), (d.Historique, d.Suivis));
        });
    }

    [Fact]
    public async Task Refus_de_la_base_dans_un_lot_ensembliste_rejette_ce_dossier_seul_et_garde_le_reste_du_lot()
    {
        var connu = NouveauNumero();
        var personneConnue = Personne("ENSEMBLE", "KARL", new DateOnly(1975, 6, 6));
        await ImporterAsync(app, Flux(Janvier, Foyer(connu, "2", personneConnue)));
        var nouveaux = Enumerable.Range(0, 3).Select(_ => NouveauNumero()).ToArray();
        var refusee = $"ENSEMBLE IRIS{nouveaux[1]}";
        await RefuserPersonneAsync(refusee);
        using var commandes = new CommandesEf();

        // A changed known dossier (tracked) and new dossiers (bulk) in one batch; the database refuses a person of the second new one.
        var import = (await ImporterAsync(app, Flux(Fevrier, [Foyer(connu, "5", personneConnue),
            .. nouveaux.Select(n => Foyer(n, "2", Personne("ENSEMBLE", $"IRIS{n}", new DateOnly(1982, 3, 4))))]))).Import!;

        Assert.Equal((StatutImport.Termine, 2, 1, 1), (import.Statut, import.Crees, import.MisAJour, import.Rejetes));
        var rejet = await app.DansDepartementAsync("49", db => db.RejetsImport.SingleAsync(r => r.ImportId == import.Id));
        Assert.Equal(nouveaux[1], rejet.NumDemRsa);
        Assert.StartsWith("La base de données a refusé ce dossier", rejet.Motif, StringComparison.Ordinal);
        Assert.False(await app.DansDepartementAsync("49", db => db.Dossiers.AnyAsync(d => d.NumDemRsa == nouveaux[1])));
        Assert.False(await app.DansDepartementAsync("49", db => db.Personnes.AnyAsync(p => p.CleIdentite == refusee)));
        Assert.Equal("5", await app.DansDepartementAsync("49", db => db.Dossiers.Where(d => d.NumDemRsa == connu).Select(d => d.EtatDroit).SingleAsync()));
        var crees = await app.DansDepartementAsync("49", db => db.Dossiers.Where(d => nouveaux.Contains(d.NumDemRsa))
            .Select(d => new { d.NumDemRsa, Membres = d.Membres.Count, Historique = db.HistoriqueDroits.Count(h => h.DossierId == d.Id) }).ToListAsync());
        Assert.Equal([(nouveaux[0], 1, 1), (nouveaux[2], 1, 1)], crees.Select(d => (d.NumDemRsa, d.Membres, d.Historique)).OrderBy(d => d.NumDemRsa));
        // The batch was applied again dossier by dossier: the change tracker inserted the two accepted new dossiers.
        Assert.Equal(2, commandes.Compter("INSERT INTO \"DossiersRsa\"", [nouveaux[0], nouveaux[2]]));
    }

    /// <summary>The database refuses to insert one person, as a constraint or a full disk would (DDL takes no parameters; the name is ours).</summary>
    private Task<int> RefuserPersonneAsync(string cle)
    {
        var nom = "refus_" + cle[^11..];
        var sql = app.Base.EstPostgres
            ? $"""
              CREATE FUNCTION {nom}() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refus de test'; END $$ LANGUAGE plpgsql;
              CREATE TRIGGER {nom} BEFORE INSERT ON "Personnes" FOR EACH ROW WHEN (NEW."CleIdentite" = '{cle}') EXECUTE FUNCTION {nom}();
              """
            : $"CREATE TRIGGER {nom} BEFORE INSERT ON Personnes WHEN NEW.CleIdentite = '{cle}' BEGIN SELECT RAISE(ABORT, 'refus de test'); END;";
        return app.DansDepartementAsync("49", db => db.Database.ExecuteSqlRawAsync(sql));
    }
}
