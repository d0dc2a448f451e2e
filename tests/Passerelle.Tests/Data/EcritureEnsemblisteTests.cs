using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Support;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform.Securite;
using static Passerelle.Tests.Features.Imports.ImportsDeTest;

namespace Passerelle.Tests.Data;

public sealed class EcritureEnsemblisteTests(Application app) : IClassFixture<Application>
{
    /// <summary>Columns that differ between two copies of the same graph by construction: keys, the links between them, the dossier number (in the names too).</summary>
    private static readonly HashSet<string> PropresACopie = ["Id", "DossierId", "PersonneId", "DossierCourantId", "NumDemRsa", "CleIdentite"];

    [Fact]
    public async Task Ecriture_ensembliste_stocke_chaque_colonne_comme_le_suivi_d_EF_et_relie_les_lignes()
    {
        var (parEf, enMasse) = (Graphe(NouveauNumero()), Graphe(NouveauNumero()));

        await app.DansDepartementAsync("49", async db =>
        {
            db.AddRange(parEf.Entites);
            await db.SaveChangesAsync();
            var ecriture = new EcritureEnsembliste(db);
            // The members and the persons are reached through navigations only (the dossier's collection, the members' references).
            ecriture.Ajouter(enMasse.Dossier);
            ecriture.Ajouter(enMasse.Parcours);
            enMasse.Historique.ForEach(ecriture.Ajouter);
            await ecriture.EcrireAsync();
        });

        Assert.All(enMasse.Entites, e => Assert.NotEqual(0, Cle(e)));
        await app.DansDepartementAsync("49", async db =>
        {
            foreach (var (table, ef, masse) in new[]
            {
                ("DossiersRsa", new[] { parEf.Dossier.Id }, new[] { enMasse.Dossier.Id }),
                ("Personnes", parEf.Personnes.Select(p => p.Id).ToArray(), enMasse.Personnes.Select(p => p.Id).ToArray()),
                ("MembresFoyer", parEf.Dossier.Membres.Select(m => m.Id).ToArray(), enMasse.Dossier.Membres.Select(m => m.Id).ToArray()),
                ("HistoriqueDroits", parEf.Historique.Select(h => h.Id).ToArray(), enMasse.Historique.Select(h => h.Id).ToArray()),
                ("Parcours", new[] { parEf.Parcours.Id }, new[] { enMasse.Parcours.Id }),
            })
            {
                var (lignesEf, lignesMasse) = (await LignesAsync(db, table, ef), await LignesAsync(db, table, masse));
                Assert.Equal(ef.Length, lignesMasse.Count);
                for (var i = 0; i < ef.Length; i++)
                    Assert.Equal(Sans(lignesEf[i], PropresACopie), Sans(lignesMasse[i], PropresACopie));
            }
            var membres = await db.MembresFoyer.AsNoTracking().Where(m => m.DossierId == enMasse.Dossier.Id).OrderBy(m => m.Id).ToListAsync();
            Assert.Equal(enMasse.Personnes.Select(p => p.Id), membres.Select(m => m.PersonneId));
            var personnes = await db.Personnes.AsNoTracking().Where(p => enMasse.Personnes.Select(x => x.Id).Contains(p.Id)).ToListAsync();
            Assert.All(personnes, p => Assert.Equal(enMasse.Dossier.Id, p.DossierCourantId));
            var historique = await db.HistoriqueDroits.AsNoTracking().Where(h => h.DossierId == enMasse.Dossier.Id).OrderBy(h => h.Id).ToListAsync();
            Assert.Equal(enMasse.Personnes.Select(p => p.Id), historique.Select(h => h.PersonneId));
            Assert.Equal(enMasse.Personnes[0].Id, await db.Set<Parcours>().Where(p => p.Id == enMasse.Parcours.Id).Select(p => p.PersonneId).SingleAsync());
        });
    }

    [Fact]
    public async Task Ecriture_ensembliste_refuse_une_ligne_d_un_autre_departement_et_n_ecrit_rien()
    {
        var graphe = Graphe(NouveauNumero());
        var autre = await app.DansDepartementAsync("37", db => Task.FromResult(db.TenantId!.Value));
        graphe.Personnes[1].DepartementId = autre;

        var refus = await Assert.ThrowsAsync<InvalidOperationException>(() => app.DansDepartementAsync("49", db =>
        {
            var ecriture = new EcritureEnsembliste(db);
            ecriture.Ajouter(graphe.Dossier);
            return ecriture.EcrireAsync();
        }));

        Assert.Contains("département courant", refus.Message, StringComparison.Ordinal);
        Assert.False(await app.DansDepartementAsync("49", db => db.Dossiers.IgnoreQueryFilters().AnyAsync(d => d.NumDemRsa == graphe.Dossier.NumDemRsa)));
        Assert.False(await app.DansDepartementAsync("49", db => db.Personnes.IgnoreQueryFilters().AnyAsync(p => p.CleIdentite == graphe.Personnes[0].CleIdentite)));
    }

    private sealed record GrapheDossier(DossierRsa Dossier, List<Personne> Personnes, List<HistoriqueDroit> Historique, Parcours Parcours)
    {
        public IEnumerable<object> Entites => new object[] { Dossier, Parcours }.Concat(Personnes).Concat(Dossier.Membres).Concat(Historique);
    }

    /// <summary>A dossier with every kind of value the import writes: dates, a decimal, enums stored as text, nulls, booleans.</summary>
    private static GrapheDossier Graphe(string numero)
    {
        var dossier = new DossierRsa
        {
            NumDemRsa = numero,
            DateDemande = new DateOnly(2025, 1, 15),
            Organisme = "CAF",
            NumeroOrganisme = "049",
            Matricule = "7000123456789",
            SituationFamille = "CEL",
            NumeroVoie = "3",
            TypeVoie = "RUE",
            NomVoie = "DES LILAS",
            CodeInsee = "49007",
            CodePostal = "49000",
            Commune = "ANGERS",
            EtatDroit = "2",
            MotifsSuspension = "CG",
            NaturesPrestation = "RSD RCD",
            MontantTotal = 607.75m,
            DateFlux = new DateOnly(2026, 1, 31),
            Empreinte = "empreinte",
        };
        var personnes = new List<Personne>
        {
            new() { Civilite = "MME", Nom = "ENSEMBLE", NomNaissance = "ENSEMBLE", Prenoms = "ALICE", DateNaissance = new DateOnly(1980, 2, 29), Sexe = "2",
                NirChiffre = "v1:chiffre", EmpreinteNir = "empreinte", CleIdentite = "ENSEMBLE ALICE " + numero, RoleCourant = "DEM", EtatDroit = "2",
                SoumisDroitsDevoirs = true, DejaEntre = true, DateEntree = new DateOnly(2026, 1, 31), DossierCourant = dossier },
            new() { Nom = "ENSEMBLE", NomNaissance = "AUTRE", Prenoms = "BOB", DateNaissance = new DateOnly(2010, 12, 1), Sexe = "1",
                CleIdentite = "ENSEMBLE BOB " + numero, RoleCourant = "ENF", EtatDroit = "2", DossierCourant = dossier },
        };
        foreach (var p in personnes)
            dossier.Membres.Add(new MembreFoyer { Dossier = dossier, Personne = p, Role = p.RoleCourant!, SoumisDroitsDevoirs = p.SoumisDroitsDevoirs });
        var historique = personnes.Select(p => new HistoriqueDroit
        {
            Personne = p,
            Dossier = dossier,
            DateEffet = new DateOnly(2026, 1, 31),
            EtatDroit = "2",
            SoumisDroitsDevoirs = p.SoumisDroitsDevoirs,
            Evenement = p.SoumisDroitsDevoirs ? EvenementDroit.NouvelEntrant : EvenementDroit.SituationInitiale,
        }).ToList();
        var parcours = new Parcours
        {
            Personne = personnes[0],
            DateEntree = new DateOnly(2026, 1, 31),
            CodeRegles = "DECRET-2024-1244",
            Etape = EtapeParcours.AInviter,
            CodeInsee = "49007",
            EcheanceOrientation = new DateOnly(2026, 3, 14),
            EcheanceProchaine = new DateOnly(2026, 3, 14),
            TypeEcheanceProchaine = TypeEcheance.Orientation,
        };
        return new GrapheDossier(dossier, personnes, historique, parcours);
    }

    private static int Cle(object entite) => (int)entite.GetType().GetProperty("Id")!.GetValue(entite)!;

    /// <summary>The rows as the database stores them (SQLite's storage classes, PostgreSQL's types), in key order.</summary>
    private static async Task<List<Dictionary<string, object?>>> LignesAsync(AppDbContext db, string table, int[] ids)
    {
        var connexion = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using var commande = connexion.CreateCommand();
        commande.CommandText = $"SELECT * FROM \"{table}\" WHERE \"Id\" IN ({string.Join(", ", ids)}) ORDER BY \"Id\"";
        await using var lecteur = await commande.ExecuteReaderAsync();
        var lignes = new List<Dictionary<string, object?>>();
        while (await lecteur.ReadAsync())
            lignes.Add(Enumerable.Range(0, lecteur.FieldCount).ToDictionary(lecteur.GetName, i => Valeur(lecteur, i)));
        return lignes;
    }

    private static object? Valeur(DbDataReader lecteur, int i) => lecteur.IsDBNull(i) ? null : lecteur.GetValue(i);

    private static Dictionary<string, object?> Sans(Dictionary<string, object?> ligne, HashSet<string> colonnes) =>
        ligne.Where(c => !colonnes.Contains(c.Key)).ToDictionary(c => c.Key, c => c.Value);
}
