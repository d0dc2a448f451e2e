using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Envois;

/// <summary>
/// The merge fields Passerelle knows by itself for a person (identity, foyer address, département,
/// today's date); the caller adds the appointment or orientation fields and may override any.
/// </summary>
public sealed class ChampsPersonne(AppDbContext db, HeureLegale heure)
{
    private static readonly CultureInfo Francais = CultureInfo.GetCultureInfo("fr-FR");

    public static string FormaterDate(DateOnly date) => date.ToString("d MMMM yyyy", Francais);

    public async Task<Dictionary<string, string>> CompleterAsync(Personne personne, IReadOnlyDictionary<string, string> champs, CancellationToken ct)
    {
        var departement = await db.Departements.AsNoTracking().Where(d => d.Id == personne.DepartementId).Select(d => d.Nom).SingleAsync(ct);
        var foyer = personne.DossierCourantId is int id
            ? await db.Dossiers.AsNoTracking().Where(d => d.Id == id)
                .Select(d => new { d.NumeroVoie, d.TypeVoie, d.NomVoie, d.CodePostal, d.Commune }).SingleOrDefaultAsync(ct)
            : null;
        var aujourdhui = heure.Aujourdhui;
        var resultat = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ChampsFusion.Civilite] = personne.Civilite switch { "MR" => "Monsieur", "MME" or "MLE" => "Madame", _ => "Madame, Monsieur" },
            [ChampsFusion.Nom] = personne.Nom,
            [ChampsFusion.Prenom] = personne.Prenoms.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "",
            [ChampsFusion.Departement] = departement,
            [ChampsFusion.DateDuJour] = FormaterDate(aujourdhui),
        };
        if (foyer is not null)
        {
            resultat[ChampsFusion.Adresse] = string.Join(' ', new[] { foyer.NumeroVoie, foyer.TypeVoie, foyer.NomVoie }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));
            resultat[ChampsFusion.CodePostalVille] = string.Join(' ', new[] { foyer.CodePostal, foyer.Commune }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));
        }
        foreach (var (champ, valeur) in champs) resultat[champ] = valeur;
        return resultat;
    }
}
