using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Imports;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Tests.Features.Dossiers;

/// <summary>A person a test puts in a dossier; the name is made unique by <see cref="DonneesDossiers.NomUnique"/>.</summary>
internal sealed record PersonneDeTest(string Nom, string Prenoms, DateOnly Naissance, string Role = "DEM", string Etat = "2", bool Sdd = true, string? Nir = null)
{
    public string Cle => NormalisationNom.Normaliser($"{Nom} {Prenoms}");
}

internal sealed record DossierDeTest(int Id, string NumDemRsa, string Matricule, IReadOnlyList<int> Personnes);

/// <summary>Dossiers RSA a test owns, written directly in the database (the demo data has none).</summary>
internal static class DonneesDossiers
{
    public const string Angers = "Angers Loire Métropole";
    public const string Saumurois = "Saumurois";

    /// <summary>A surname no other test uses: letters only, as a flux writes them.</summary>
    public static string NomUnique(string prefixe = "TEST") =>
        prefixe + string.Concat(Guid.NewGuid().ToString("N")[..10].Select(c => (char)('A' + Convert.ToInt32(c.ToString(), 16))));

    public static string NirUnique(string sexe = "1", string annee = "85", string mois = "05") =>
        Nir.AvecCle($"{sexe}{annee}{mois}49{Random.Shared.Next(1, 999):000}{Random.Shared.Next(1, 999):000}");

    public static Task<DossierDeTest> CreerAsync(Application app, string? territoire, string codeInsee, string commune, params PersonneDeTest[] personnes) =>
        CreerAsync(app, "49", territoire, codeInsee, commune, personnes);

    public static Task<DossierDeTest> CreerAsync(Application app, string departement, string? territoire, string codeInsee, string commune, params PersonneDeTest[] personnes) =>
        app.DansDepartementAsync(departement, async (db, services) =>
        {
            int? territoireId = territoire is null ? null : await db.Territoires.Where(t => t.Nom == territoire).Select(t => t.Id).SingleAsync();
            var numero = Random.Shared.NextInt64(10_000_000_000, 99_999_999_999).ToString(CultureInfo.InvariantCulture);
            var dossier = new DossierRsa
            {
                NumDemRsa = numero,
                DateDemande = new DateOnly(2024, 3, 1),
                Organisme = "CAF",
                NumeroOrganisme = "491",
                Matricule = "0000" + numero,
                SituationFamille = personnes.Any(p => p.Role == "CJT") ? "MAR" : "CEL",
                NumeroVoie = "12",
                TypeVoie = "RUE",
                NomVoie = "DES LILAS",
                CodeInsee = codeInsee,
                CodePostal = "49000",
                Commune = commune,
                TerritoireId = territoireId,
                EtatDroit = personnes.FirstOrDefault()?.Etat ?? "2",
                NaturesPrestation = "RSD",
                MontantTotal = 635.71m,
                DateFlux = new DateOnly(2025, 1, 31),
                Empreinte = "test",
            };
            db.Dossiers.Add(dossier);
            var lignes = personnes.Select(p => new Personne
            {
                Civilite = "MR",
                Nom = p.Nom,
                NomNaissance = p.Nom,
                Prenoms = p.Prenoms,
                DateNaissance = p.Naissance,
                CommuneNaissance = "ANGERS",
                Sexe = "1",
                CleIdentite = p.Cle,
                DossierCourant = dossier,
                RoleCourant = p.Role,
                EtatDroit = p.Etat,
                SoumisDroitsDevoirs = p.Sdd,
            }).ToList();
            foreach (var (ligne, p) in lignes.Zip(personnes).Where(l => l.Second.Nir is not null))
                services.GetRequiredService<ProtectionNir>().Enregistrer(ligne, p.Nir!);
            db.Personnes.AddRange(lignes);
            db.MembresFoyer.AddRange(lignes.Zip(personnes, (l, p) => new MembreFoyer { Dossier = dossier, Personne = l, Role = p.Role, SoumisDroitsDevoirs = p.Sdd }));
            await db.SaveChangesAsync();
            return new DossierDeTest(dossier.Id, dossier.NumDemRsa, dossier.Matricule, lignes.Select(l => l.Id).ToList());
        });

    public static Task AjouterHistoriqueAsync(Application app, DossierDeTest dossier, int personneId, DateOnly date, EvenementDroit evenement, string etat = "2", bool sdd = true) =>
        app.DansDepartementAsync("49", async db =>
        {
            db.HistoriqueDroits.Add(new HistoriqueDroit { PersonneId = personneId, DossierId = dossier.Id, DateEffet = date, EtatDroit = etat, SoumisDroitsDevoirs = sdd, Evenement = evenement });
            await db.SaveChangesAsync();
        });

    /// <summary>An import run that created the dossier, and another one that rejected a line carrying its NUMDEMRSA.</summary>
    public static Task<(int Import, int ImportRejet)> AjouterImportsAsync(Application app, DossierDeTest dossier, string fichier) =>
        app.DansDepartementAsync("49", async db =>
        {
            ImportFichier Import(string nom) => new()
            {
                Type = TypeImport.Cnaf,
                NomFichier = nom,
                Empreinte = Guid.NewGuid().ToString("N"),
                CheminFichier = "absent",
                Statut = StatutImport.Termine,
                Lanceur = "agent@49.passerelle.test",
                CreeLe = new DateTime(2025, 2, 3, 9, 0, 0, DateTimeKind.Utc),
            };
            var cree = Import(fichier);
            var rejete = Import("rejet-" + fichier);
            db.Imports.AddRange(cree, rejete);
            await db.SaveChangesAsync();
            db.DossiersImports.Add(new DossierImport { DossierId = dossier.Id, ImportId = cree.Id, Ligne = 12, Creation = true });
            db.RejetsImport.Add(new RejetImport { ImportId = rejete.Id, Ligne = 40, NumDemRsa = dossier.NumDemRsa, Champ = "NIR", Valeur = "x", Motif = "Clé du NIR invalide." });
            await db.SaveChangesAsync();
            return (cree.Id, rejete.Id);
        });

    public static Task<int> ConsultationsAsync(Application app, int dossierId, string action = "consultation") =>
        app.DansDepartementAsync("49", db => db.Audit.CountAsync(a => a.Action == action && a.Objet == "DossierRsa" && a.ObjetId == dossierId.ToString(CultureInfo.InvariantCulture)));
}
