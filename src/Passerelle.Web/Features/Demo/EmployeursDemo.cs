using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Employeurs;
using Passerelle.Web.Features.Territoires;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Demo;

/// <summary>
/// The employer network the demo chargé de relation entreprise keeps, recorded through the service users call
/// (convention 16): six fictitious employers in communes of the département's territoires, SIRETs with a true key,
/// their commitments, a contact each and a first exchange.
/// </summary>
internal static class EmployeursDemo
{
    private static readonly (string Nom, string Naf, TrancheEffectif Effectif, SecteurEmployeur Secteur, bool Charte, bool Club, bool Parrainage, string Contact, string Fonction, string Echange)[] Modeles =
    [
        ("Transports Durand et fils", "49.41A", TrancheEffectif.DixAQuaranteNeuf, SecteurEmployeur.Entreprise, true, false, true, "Sylvie Durand", "Gérante", "Besoin de deux conducteurs poids lourds au printemps."),
        ("Boulangerie du Marché", "10.71C", TrancheEffectif.UnANeuf, SecteurEmployeur.Entreprise, false, false, false, "Marc Leroux", "Artisan boulanger", "Prêt à accueillir une immersion en fournil."),
        ("Hôtel-restaurant Le Relais", "55.10Z", TrancheEffectif.DixAQuaranteNeuf, SecteurEmployeur.Entreprise, true, true, false, "Nadia Benali", "Directrice", "Saison estivale : cinq postes de commis et d'employés d'étage."),
        ("Clinique des Tilleuls", "86.10Z", TrancheEffectif.CinquanteADeuxCentQuaranteNeuf, SecteurEmployeur.Entreprise, true, true, true, "Paul Moreau", "Responsable des ressources humaines", "Agents de service hospitalier : parcours de formation à construire."),
        ("Communauté de communes (services techniques)", "84.11Z", TrancheEffectif.CinquanteADeuxCentQuaranteNeuf, SecteurEmployeur.EmployeurPublic, true, false, false, "Anne Petit", "Directrice des services techniques", "Clauses sociales du marché de voirie : présentation du dispositif."),
        ("Association Les Jardins partagés", "88.99B", TrancheEffectif.DixAQuaranteNeuf, SecteurEmployeur.Association, false, false, true, "Luc Garnier", "Coordinateur", "Parrainage de deux jeunes par des bénévoles retraités."),
    ];

    public static Task AjouterAsync(IServiceProvider services, int departementId, string code, CancellationToken ct) =>
        ActeurDemo.AgirAsync(services, departementId, $"charge-entreprise@{code}.passerelle.test", async scope =>
        {
            var db = scope.GetRequiredService<AppDbContext>();
            var service = scope.GetRequiredService<ServiceEmployeurs>();
            var aujourdhui = scope.GetRequiredService<HeureLegale>().Aujourdhui;
            var communes = await db.Set<TerritoireCommune>().OrderBy(t => t.TerritoireId).ThenBy(t => t.CodeInsee).Select(t => t.CodeInsee).Take(40).ToListAsync(ct);
            if (communes.Count == 0) return;
            var charge = await db.Users.Where(u => u.Email == $"charge-entreprise@{code}.passerelle.test").Select(u => u.Id).SingleAsync(ct);
            for (var i = 0; i < Modeles.Length; i++)
            {
                var m = Modeles[i];
                var depuis = aujourdhui.AddMonths(-3 * (i + 1));
                var saisie = new SaisieEmployeur(Siret(code, i), m.Nom, m.Naf, m.Effectif, m.Secteur, communes[i * 7 % communes.Count], $"{10 + i} rue de l'Industrie", charge,
                    m.Charte ? depuis : null, m.Club ? depuis.AddMonths(1) : null, m.Parrainage ? depuis.AddMonths(2) : null);
                var cree = await service.CreerAsync(saisie, ct);
                if (cree.Id is not int id) throw new InvalidOperationException($"Employeur de démonstration refusé : {cree.Resultat.Message}");
                await Verifier(service.AjouterContactAsync(id, m.Contact, m.Fonction, $"02 41 00 0{i} 1{i}", null, ct));
                await Verifier(service.AjouterEchangeAsync(id, aujourdhui.AddDays(-7 * (i + 1)), i % 2 == 0 ? TypeEchange.Visite : TypeEchange.Appel, m.Echange, ct));
            }
        });

    /// <summary>A fictitious SIRET with a true Luhn key: « 9 », the département code (Corsica's letter as 0), the employer's rank, then the key.</summary>
    private static string Siret(string code, int rang)
    {
        var corps = $"9{string.Concat(code.Select(c => char.IsAsciiDigit(c) ? c : '0')).PadLeft(3, '0')}{rang.ToString("D9", CultureInfo.InvariantCulture)}";
        for (var cle = 0; cle <= 9; cle++)
            if (Structures.Siret.Verifier(corps + cle) is null) return corps + cle;
        throw new InvalidOperationException("Aucune clé de SIRET possible.");
    }

    private static async Task Verifier(Task<Ecriture> ecriture)
    {
        var e = await ecriture;
        if (!e.Resultat.Reussi) throw new InvalidOperationException($"Employeur de démonstration : {e.Resultat.Message}");
    }
}
