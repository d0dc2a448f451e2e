using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Acces;
using Passerelle.Web.Features.Communes;
using Passerelle.Web.Features.Departements;
using Passerelle.Web.Features.Territoires;
using Passerelle.Web.Features.Utilisateurs;

namespace Passerelle.Web.Features.Demo;

/// <param name="Departements">INSEE codes to build; null for the four seed départements. Others get automatic territoires.</param>
/// <param name="Foyers">
/// CAF foyers of each département's stock file (0: no dossiers). 500 by default: the import applies about
/// 60 foyers a second on SQLite today (bench/RESULTATS.md), and the first start must stay short.
/// </param>
/// <param name="VolumesSeeds">Use the seeds' volumes instead (primer §8: ~12,000 to ~17,000 foyers) where known, for benchmarks.</param>
public sealed record OptionsDemo(
    int Graine = 20261125, string[]? Departements = null, int ReferentsParStructure = 3, int Foyers = OptionsDemo.FoyersParDefaut, bool VolumesSeeds = false)
{
    public const int FoyersParDefaut = 500;

    public int FoyersDe(string code) => VolumesSeeds && DossiersDemo.VolumesSeeds.TryGetValue(code, out var volume) ? volume : Foyers;
}

public sealed record RapportDemo(int Departements, int Territoires, int Structures, int Utilisateurs, int Dossiers = 0);

/// <summary>
/// Builds the demo départements deterministically from a seed: territoires of real communes,
/// structures, accounts for every role, RSA dossiers loaded through the imports, and their parcours moved forward
/// (<see cref="ParcoursDemo"/>). Used by the demo start-up, the tests and the benchmarks.
/// </summary>
public static class DonneesDemo
{
    public const string MotDePasse = "Passerelle-Demo-2026!";

    /// <summary>Base32 TOTP key of every demo administrator (documented in the README).</summary>
    public const string CleAuthentificateur = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    public static async Task<RapportDemo> RemplirAsync(IServiceProvider services, OptionsDemo options, CancellationToken ct = default)
    {
        var communes = services.GetRequiredService<Communes.Communes>();
        var hash = new PasswordHasher<Utilisateur>().HashPassword(null!, MotDePasse);
        var total = new RapportDemo(0, 0, 0, 0);
        var codes = options.Departements ?? CatalogueDemo.Departements.Select(d => d.Code).ToArray();
        foreach (var modele in codes.Select(code => CatalogueDemo.Pour(code, communes)))
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var departement = new Departement { Code = modele.Code, Nom = modele.Nom };
            db.Departements.Add(departement);
            await db.SaveChangesAsync(ct);
            scope.ServiceProvider.GetRequiredService<TenantContext>().Utiliser(departement.Id);

            var graine = GraineDe(options.Graine, modele.Code);
            var hasard = new Random(graine);
            var territoires = ConstruireTerritoires(modele, communes);
            db.Territoires.AddRange(territoires);
            await db.SaveChangesAsync(ct);

            var structures = new GenerateurStructures(hasard, communes).Generer(modele, territoires);
            db.Structures.AddRange(structures);
            await db.SaveChangesAsync(ct);
            await OrientationDemo.ParametrerAsync(db, modele.Code, structures, graine, ct);

            var comptes = new GenerateurComptes(hasard, hash, modele.Code, departement.Id).Generer(territoires, structures, options.ReferentsParStructure);
            db.Users.AddRange(comptes.Select(c => c.Utilisateur));
            db.UserTokens.AddRange(comptes.Where(c => c.Utilisateur.TwoFactorEnabled).Select(c => new IdentityUserToken<string>
            {
                UserId = c.Utilisateur.Id,
                LoginProvider = "[AspNetUserStore]",
                Name = "AuthenticatorKey",
                Value = CleAuthentificateur,
            }));
            await db.SaveChangesAsync(ct);
            await ProgrammesDemo.ChargerAsync(scope.ServiceProvider, modele.Code, ct);
            await OffreDemo.AjouterAsync(services, departement.Id, modele.Code, ct);
            var dossiers = await DossiersDemo.ChargerAsync(services, departement.Id, modele.Code, options.FoyersDe(modele.Code), graine, ct);
            if (dossiers > 0)
            {
                await CoordonneesDemo.RenseignerAsync(services, departement.Id, modele.Code, graine, ct);
                await ParcoursDemo.AvancerAsync(services, departement.Id, modele.Code, graine, ct);
                await SortiesDemo.AvancerAsync(services, departement.Id, modele.Code, graine, ct);
                await SuiviDemo.AjouterAsync(services, departement.Id, modele.Code, ct);
                await DiagnosticsDemo.AjouterAsync(services, departement.Id, modele.Code, graine, ct);
                await RendezVousDemo.AjouterAsync(services, departement.Id, modele.Code, ct);
                await PrescriptionsDemo.AjouterAsync(services, departement.Id, modele.Code, ct);
                await EquipesPluridisciplinairesDemo.AjouterAsync(services, departement.Id, modele.Code, ct);
            }
            await FinancementsDemo.AjouterAsync(services, departement.Id, modele.Code, ct);
            await EmployeursDemo.AjouterAsync(services, departement.Id, modele.Code, ct);
            await ClausesDemo.AjouterAsync(services, departement.Id, modele.Code, ct);
            await OffresEmploiDemo.AjouterAsync(services, departement.Id, modele.Code, ct);
            await ComitesDemo.AjouterAsync(services, departement.Id, modele.Code, ct);
            if (dossiers > 0) await ParrainageDemo.AjouterAsync(services, departement.Id, modele.Code, ct);
            await PublicsDemo.OuvrirAsync(services, departement.Id, modele.Code, graine, ct);
            total = total with
            {
                Departements = total.Departements + 1,
                Territoires = total.Territoires + territoires.Count,
                Structures = total.Structures + structures.Count,
                Utilisateurs = total.Utilisateurs + comptes.Count,
                Dossiers = total.Dossiers + dossiers,
            };
        }
        return total;
    }

    /// <summary>Stable across runs, unlike string.GetHashCode, so the same seed gives the same data every time.</summary>
    private static int GraineDe(int graine, string code) => code.Aggregate(graine, (h, c) => unchecked(h * 31 + c));

    internal static List<Territoire> ConstruireTerritoires(DepartementDemo modele, Communes.Communes communes)
    {
        var territoires = modele.Territoires.Select(t => new Territoire { Nom = t.Nom }).ToList();
        foreach (var commune in communes.DuDepartement(modele.Code))
        {
            var index = Array.FindIndex(modele.Territoires, t => t.Communes?.Contains(commune.CodeInsee) == true);
            if (index < 0) index = Array.FindIndex(modele.Territoires, t => commune.Epci is not null && t.Epcis.Contains(commune.Epci));
            territoires[Math.Max(index, 0)].Communes.Add(new TerritoireCommune { CodeInsee = commune.CodeInsee });
        }
        return territoires;
    }
}
