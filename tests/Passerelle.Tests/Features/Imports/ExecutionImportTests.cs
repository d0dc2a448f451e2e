using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Dossiers.Avertissements;
using Passerelle.Web.Features.Imports;
using Passerelle.Web.Platform.Securite;
using static Passerelle.Tests.Features.Imports.ImportsDeTest;

namespace Passerelle.Tests.Features.Imports;

public sealed class ExecutionImportTests(Application app) : IClassFixture<Application>
{
    private static readonly DateOnly Janvier = new(2026, 1, 31), Fevrier = new(2026, 2, 28), Mars = new(2026, 3, 31);

    [Fact]
    public async Task Import_cree_les_dossiers_puis_le_meme_fichier_ne_change_rien()
    {
        var numeros = Enumerable.Range(0, 5).Select(_ => NouveauNumero()).ToArray();
        var fichier = Flux(Janvier, numeros.Select((n, i) => Foyer(n, "2", Personne("CREATION", $"ANNE{i}", new DateOnly(1980, 1, i + 1)))).ToArray());

        var premier = (await ImporterAsync(app, fichier)).Import!;
        Assert.Equal((StatutImport.Termine, 5, 0, 5), (premier.Statut, premier.Crees, premier.Rejetes, premier.NouveauxEntrants));
        var avant = await Compter();

        var sansForcer = await ImporterAsync(app, fichier);
        Assert.Null(sansForcer.Import);
        Assert.Equal(premier.Id, sansForcer.DejaImporte!.Id);

        var force = (await ImporterAsync(app, fichier, new DemandeImport(TypeImport.Cnaf, "flux.xml", "test", Forcer: true))).Import!;
        Assert.Equal((5, 0, 0), (force.Inchanges, force.Crees, force.MisAJour));
        Assert.Equal(avant, await Compter());
    }

    [Fact]
    public async Task Sortie_puis_retour_dans_les_douze_mois_et_flux_plus_ancien_ignore()
    {
        var numero = NouveauNumero();
        var personne = Personne("PARCOURS", "LINA", new DateOnly(1990, 5, 4));
        await ImporterAsync(app, Flux(Janvier, Foyer(numero, "2", personne)));
        var sortie = (await ImporterAsync(app, Flux(Fevrier, Foyer(numero, "5", personne)))).Import!;
        var retour = (await ImporterAsync(app, Flux(Mars, Foyer(numero, "2", personne with { Prenom = "LINA" })))).Import!;
        var ancien = (await ImporterAsync(app, Flux(Fevrier, Foyer(numero, "5", personne with { NomNaissance = "AUTRE" })))).Import!;

        Assert.Equal((1, 1), (sortie.Sorties, retour.Retours));
        Assert.Equal(1, ancien.Ignores);
        var historique = await app.DansDepartementAsync("49", db => db.HistoriqueDroits
            .Where(h => h.Dossier!.NumDemRsa == numero).OrderBy(h => h.DateEffet).Select(h => h.Evenement).ToListAsync());
        Assert.Equal([EvenementDroit.NouvelEntrant, EvenementDroit.Sortie, EvenementDroit.Retour], historique);
        var courant = await app.DansDepartementAsync("49", db => db.Personnes.SingleAsync(p => p.CleIdentite == "PARCOURS LINA"));
        Assert.Equal((EtatsDroit.OuvertVersable, Mars), (courant.EtatDroit, courant.DateEntree));
    }

    [Fact]
    public async Task Reprise_de_stock_ne_compte_pas_de_nouvel_entrant()
    {
        var fichier = Flux(Janvier, Foyer(NouveauNumero(), "2", Personne("STOCK", "EVE", new DateOnly(1970, 2, 2))));
        var import = (await ImporterAsync(app, fichier, new DemandeImport(TypeImport.Cnaf, "stock.xml", "test", RepriseDeStock: true))).Import!;
        Assert.Equal((1, 0), (import.Crees, import.NouveauxEntrants));
    }

    [Fact]
    public async Task Personne_dans_deux_dossiers_du_meme_fichier_est_rattachee_aux_deux_avec_un_avertissement_sur_le_second()
    {
        var (premier, second) = (NouveauNumero(), NouveauNumero());
        var personne = Personne("DOUBLON", "ZOE", new DateOnly(1985, 3, 3), nir: Nir.AvecCle("2850349007123"));
        var import = (await ImporterAsync(app, Flux(Janvier, Foyer(premier, "2", personne), Foyer(second, "2", personne with { Role = "DEM" })))).Import!;

        Assert.Equal((2, 0, 1, 1), (import.Crees, import.Rejetes, import.DossiersAvertis, import.Avertissements));
        var avertissement = await app.DansDepartementAsync("49", db => db.AvertissementsDossier.Include(a => a.Dossier).SingleAsync(a => a.ImportId == import.Id));
        Assert.Equal((second, NatureAvertissement.PersonneDansDeuxDossiers), (avertissement.Dossier!.NumDemRsa, avertissement.Nature));
        Assert.Contains($"figure aussi dans le dossier {premier}", avertissement.Message, StringComparison.Ordinal);
        var empreinte = app.Services.GetRequiredService<ProtectionNir>().Empreinte("2850349007123");
        var dossiers = await app.DansDepartementAsync("49", db => db.MembresFoyer.Where(m => m.Personne!.EmpreinteNir == empreinte).Select(m => m.Dossier!.NumDemRsa).ToListAsync());
        Assert.Equal([premier, second], dossiers.Order());
        Assert.Equal(avertissement.PersonneId, await app.DansDepartementAsync("49", db => db.Personnes.Where(p => p.EmpreinteNir == empreinte).Select(p => (int?)p.Id).SingleAsync()));
    }

    [Fact]
    public async Task Date_de_naissance_future_avertit_avec_ligne_champ_et_valeur_et_cree_le_dossier()
    {
        var numero = NouveauNumero();
        var import = (await ImporterAsync(app, Flux(Janvier, Foyer(numero, "2", Personne("FUTUR", "OLGA", new DateOnly(2026, 6, 1)))))).Import!;
        var avertissement = await app.DansDepartementAsync("49", db => db.AvertissementsDossier.SingleAsync(a => a.ImportId == import.Id));
        Assert.Equal((1, 0), (import.Crees, import.Rejetes));
        Assert.Equal(("DTNAI", "01/06/2026", NatureAvertissement.DateFuture), (avertissement.Champ, avertissement.Valeur, avertissement.Nature));
        Assert.True(avertissement.Ligne > 1);
        Assert.NotNull(avertissement.PersonneId);
    }

    [Fact]
    public async Task Fichier_non_xml_echoue_sans_rien_ecrire()
    {
        var avant = await Compter();
        var import = (await ImporterAsync(app, "NUMDEMRSA;NOM\n1;X\n"u8.ToArray())).Import!;
        Assert.Equal(StatutImport.Echoue, import.Statut);
        Assert.StartsWith("Ligne 1 :", import.ErreurFichier, StringComparison.Ordinal);
        Assert.Equal(avant, await Compter());
    }

    [Fact]
    public async Task Rejeu_relit_seulement_les_lignes_rejetees_et_les_marque()
    {
        var rejete = NouveauNumero() + "0";
        var origine = (await ImporterAsync(app, Flux(Janvier, Foyer(rejete, "2", Personne("REJEU", "IDA", new DateOnly(1961, 7, 1))),
            Foyer(NouveauNumero(), "2", Personne("REJEU", "BOB", new DateOnly(1960, 1, 1)))))).Import!;

        var rejeu = await RejouerEtAttendreAsync(app, origine);

        Assert.Equal((StatutImport.Termine, 1, 0, 0), (rejeu.Statut, rejeu.Rejetes, rejeu.Crees, rejeu.Inchanges));
        var rejets = await app.DansDepartementAsync("49", db => db.RejetsImport.Where(r => r.ImportId == origine.Id || r.ImportId == rejeu.Id).ToListAsync());
        Assert.Equal(rejeu.Id, rejets.Single(r => r.ImportId == origine.Id).RejoueParImportId);
        Assert.Equal(rejete, rejets.Single(r => r.ImportId == rejeu.Id).NumDemRsa);
    }

    [Fact]
    public async Task Import_interrompu_reprend_apres_son_dernier_point_de_sauvegarde()
    {
        var numeros = Enumerable.Range(0, 4).Select(_ => NouveauNumero()).ToArray();
        var fichier = Flux(Janvier, numeros.Select((n, i) => Foyer(n, "2", Personne("REPRISE", $"PAUL{i}", new DateOnly(1970, 3, i + 1)))).ToArray());
        var id = await DansPorteeAsync(app, "49", async services =>
        {
            using var contenu = new MemoryStream(fichier);
            var stocke = await services.GetRequiredService<StockageImports>().EnregistrerAsync(contenu, 0, CancellationToken.None);
            var db = services.GetRequiredService<Web.Data.AppDbContext>();
            // As left by an instance that died after committing the identification block and two foyers.
            var import = new ImportFichier
            {
                Type = TypeImport.Cnaf,
                NomFichier = "interrompu.xml",
                Taille = stocke.Taille,
                Empreinte = stocke.Empreinte,
                CheminFichier = stocke.Chemin,
                Lanceur = "test",
                CreeLe = DateTime.UtcNow,
                DebutLe = DateTime.UtcNow,
                Statut = StatutImport.EnCours,
                Instance = "instance-arretee",
                BailJusquA = DateTime.UtcNow.AddMinutes(-1),
                ElementsTraites = 3,
                Crees = 2,
            };
            db.Imports.Add(import);
            await db.SaveChangesAsync();
            services.GetRequiredService<SignalImports>().Reveiller();
            return import.Id;
        });

        var repris = await AttendreFinAsync(app, id);

        Assert.Equal((StatutImport.Termine, 4, 5), (repris.Statut, repris.Crees, repris.ElementsTraites));
        var crees = await app.DansDepartementAsync("49", db => db.Dossiers.Where(d => numeros.Contains(d.NumDemRsa)).Select(d => d.NumDemRsa).ToListAsync());
        Assert.Equal(numeros[2..].Order(), crees.Order());
    }

    [Fact]
    public async Task Flux_msa_s_applique_comme_un_flux_caf()
    {
        var numero = NouveauNumero();
        var foyer = Foyer(numero, "2", Personne("AGRICOLE", "JULES", new DateOnly(1961, 9, 9)));
        var import = (await ImporterAsync(app, Flux(Janvier, foyer with { Organisme = foyer.Organisme with { Fonction = "MSA" } }))).Import!;
        Assert.Equal(1, import.Crees);
        Assert.Equal("MSA", await app.DansDepartementAsync("49", db => db.Dossiers.Where(d => d.NumDemRsa == numero).Select(d => d.Organisme).SingleAsync()));
    }

    [Fact]
    public async Task Dossier_refuse_par_la_base_est_annule_seul_et_les_suivants_passent()
    {
        var numeros = Enumerable.Range(0, 3).Select(_ => NouveauNumero()).ToArray();
        await RefuserDansLaBaseAsync(numeros[1]);
        var fichier = Flux(Janvier, numeros.Select((n, i) => Foyer(n, "2", Personne("SAUVEGARDE", $"IRIS{i}", new DateOnly(1972, 5, i + 1)))).ToArray());

        var import = (await ImporterAsync(app, fichier)).Import!;

        Assert.Equal((StatutImport.Termine, 2, 1), (import.Statut, import.Crees, import.Rejetes));
        var rejet = await app.DansDepartementAsync("49", db => db.RejetsImport.SingleAsync(r => r.ImportId == import.Id));
        Assert.Equal(numeros[1], rejet.NumDemRsa);
        Assert.StartsWith("La base de données a refusé ce dossier", rejet.Motif, StringComparison.Ordinal);
        Assert.False(await app.DansDepartementAsync("49", db => db.Personnes.AnyAsync(p => p.CleIdentite == "SAUVEGARDE IRIS1")));
        Assert.True(await app.DansDepartementAsync("49", db => db.Personnes.AnyAsync(p => p.CleIdentite == "SAUVEGARDE IRIS2")));
    }

    /// <summary>A trigger that makes the database itself refuse one dossier, as a constraint or a full disk would (DDL takes no parameters; the number is ours).</summary>
    private Task<int> RefuserDansLaBaseAsync(string numero)
    {
        var sql = app.Base.EstPostgres
            ? $"""
              CREATE FUNCTION refus_{numero}() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refus de test'; END $$ LANGUAGE plpgsql;
              CREATE TRIGGER refus_{numero} BEFORE INSERT ON "DossiersRsa" FOR EACH ROW WHEN (NEW."NumDemRsa" = '{numero}') EXECUTE FUNCTION refus_{numero}();
              """
            : $"CREATE TRIGGER refus_{numero} BEFORE INSERT ON DossiersRsa WHEN NEW.NumDemRsa = '{numero}' BEGIN SELECT RAISE(ABORT, 'refus de test'); END;";
        return app.DansDepartementAsync("49", db => db.Database.ExecuteSqlRawAsync(sql));
    }

    private Task<(int, int, int, int)> Compter() => app.DansDepartementAsync("49", async db =>
        (await db.Dossiers.CountAsync(), await db.Personnes.CountAsync(), await db.HistoriqueDroits.CountAsync(), await db.DossiersImports.CountAsync()));
}
