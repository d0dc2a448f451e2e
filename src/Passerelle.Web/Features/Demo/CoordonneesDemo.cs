using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Coordonnees;

namespace Passerelle.Web.Features.Demo;

/// <summary>
/// Contact details of the demo's persons, recorded by the département's agent through
/// <see cref="ServiceCoordonnees"/> (convention 16): about 70 % have a mobile, 8 % only a landline,
/// 40 % an e-mail, and most agreed to SMS and e-mail, so that invitations sent in the demo go by SMS and
/// e-mail with their booking link. Numbers are in the ranges ARCEP keeps for fiction (06 39 98, 02 61 91)
/// and addresses in the reserved <c>.test</c> domain: nothing can reach a real person.
/// </summary>
internal static class CoordonneesDemo
{
    private static readonly RecueilConsentement[] Recueils = [RecueilConsentement.Entretien, RecueilConsentement.Telephone, RecueilConsentement.Ecrit];

    public static Task RenseignerAsync(IServiceProvider services, int departementId, string code, int graine, CancellationToken ct) =>
        ActeurDemo.AgirAsync(services, departementId, $"agent@{code}.passerelle.test", async fournisseur =>
        {
            var db = fournisseur.GetRequiredService<AppDbContext>();
            var service = fournisseur.GetRequiredService<ServiceCoordonnees>();
            var hasard = new Random(unchecked(graine * 17 + 3));
            var personnes = await db.Personnes.AsNoTracking().Where(p => p.DossierCourantId != null).OrderBy(p => p.Id)
                .Select(p => new { p.Id, p.Nom, p.Prenoms }).ToListAsync(ct);
            foreach (var p in personnes)
            {
                var tirage = hasard.NextDouble();
                var mobile = tirage < 0.70 ? $"06 39 98 {hasard.Next(100):00} {hasard.Next(100):00}" : null;
                var fixe = tirage is >= 0.70 and < 0.78 || hasard.NextDouble() < 0.1 ? $"02 61 91 {hasard.Next(100):00} {hasard.Next(100):00}" : null;
                var email = hasard.NextDouble() < 0.40 ? Adresse(p.Prenoms, p.Nom, p.Id) : null;
                if (mobile is null && fixe is null && email is null) continue;
                var accord = hasard.NextDouble() < 0.85;
                await service.ModifierAsync(p.Id, new SaisieCoordonnees(0, mobile ?? fixe, mobile is null ? null : fixe, email,
                    accord && mobile is not null, accord && email is not null, Recueils[hasard.Next(Recueils.Length)]), ct);
            }
        });

    private static string Adresse(string prenoms, string nom, int id)
    {
        static string Simple(string texte) => new(texte.Normalize(System.Text.NormalizationForm.FormD).ToLowerInvariant().Where(char.IsAsciiLetterLower).ToArray());
        var prenom = prenoms.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        return $"{Simple(prenom)}.{Simple(nom)}.{id.ToString(CultureInfo.InvariantCulture)}@demo.passerelle.test";
    }
}
