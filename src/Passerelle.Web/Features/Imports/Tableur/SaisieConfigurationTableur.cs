using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Imports.Tableur;

/// <summary>What the shared configuration form shows, for creation and edition alike.</summary>
public interface IFormulaireConfigurationTableur
{
    SaisieConfigurationTableur Saisie { get; }
}

/// <summary>The configuration form: options, then the expected header of each target field (keyed by field name).</summary>
public sealed class SaisieConfigurationTableur
{
    public string? Nom { get; set; }
    public SeparateurTableur Separateur { get; set; }
    public EncodageTableur Encodage { get; set; }
    public int LigneEntete { get; set; } = 1;
    public string? FormatsDate { get; set; } = ConfigurationTableur.FormatsDateParDefaut;
    public Dictionary<string, string?> Colonnes { get; set; } = [];
    public int Version { get; set; }

    public static SaisieConfigurationTableur Depuis(ConfigurationTableur c) => new()
    {
        Nom = c.Nom,
        Separateur = c.Separateur,
        Encodage = c.Encodage,
        LigneEntete = c.LigneEntete,
        FormatsDate = c.FormatsDate,
        Colonnes = c.Colonnes.ToDictionary(p => p.Key.ToString(), p => (string?)p.Value),
        Version = c.Version,
    };

    public string? Colonne(ChampTableur champ) => Colonnes.GetValueOrDefault(champ.ToString());
}

/// <summary>Checks a configuration form and copies it onto the entity; errors are keyed by form field name.</summary>
public static class ReglesConfigurationTableur
{
    public static async Task<Dictionary<string, string>> VerifierAsync(AppDbContext db, SaisieConfigurationTableur saisie, int? id, CancellationToken ct)
    {
        var erreurs = new Dictionary<string, string>();
        var nom = saisie.Nom?.Trim() ?? "";
        if (nom.Length == 0) erreurs["Saisie.Nom"] = "Indiquez le nom de la configuration.";
        else if (nom.Length > ConfigurationTableur.LongueurNom) erreurs["Saisie.Nom"] = $"Le nom a {ConfigurationTableur.LongueurNom} caractères au plus.";
        else if (await db.ConfigurationsTableur.AnyAsync(c => c.Nom == nom && c.Id != (id ?? 0), ct))
            erreurs["Saisie.Nom"] = $"Une configuration « {nom} » existe déjà dans le département.";
        if (saisie.LigneEntete is < 1 or > 1000) erreurs["Saisie.LigneEntete"] = "La ligne d'en-tête est un numéro de ligne entre 1 et 1000.";
        var formats = (saisie.FormatsDate ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (formats.Length == 0 || formats.Any(f => !FormatDateValide(f)))
            erreurs["Saisie.FormatsDate"] = "Indiquez un ou plusieurs formats de date séparés par « ; », avec dd (jour), MM (mois) et yyyy (année), par exemple dd/MM/yyyy;yyyy-MM-dd.";
        foreach (var d in ChampsTableur.Tous)
        {
            var colonne = saisie.Colonne(d.Champ)?.Trim() ?? "";
            if (d.Obligatoire && colonne.Length == 0) erreurs[$"Saisie.Colonnes[{d.Champ}]"] = $"Indiquez l'en-tête de la colonne qui contient : {d.Libelle}.";
            else if (colonne.Length > ConfigurationTableur.LongueurEntete) erreurs[$"Saisie.Colonnes[{d.Champ}]"] = $"L'en-tête a {ConfigurationTableur.LongueurEntete} caractères au plus.";
        }
        return erreurs;
    }

    public static void Appliquer(SaisieConfigurationTableur saisie, ConfigurationTableur configuration)
    {
        configuration.Nom = saisie.Nom!.Trim();
        configuration.Separateur = saisie.Separateur;
        configuration.Encodage = saisie.Encodage;
        configuration.LigneEntete = saisie.LigneEntete;
        configuration.FormatsDate = string.Join(';', saisie.FormatsDate!.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        configuration.Colonnes = ChampsTableur.Tous
            .Select(d => (d.Champ, Colonne: saisie.Colonne(d.Champ)?.Trim() ?? ""))
            .Where(p => p.Colonne.Length > 0)
            .ToDictionary(p => p.Champ, p => p.Colonne);
    }

    /// <summary>A format is usable when a date written with it reads back as the same date.</summary>
    private static bool FormatDateValide(string format)
    {
        var date = new DateOnly(1987, 11, 23);
        try
        {
            return format.Contains("yy", StringComparison.Ordinal)
                && DateOnly.TryParseExact(date.ToString(format, CultureInfo.InvariantCulture), format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var relue)
                && relue == date;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
