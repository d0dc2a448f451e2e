using System.Globalization;
using Passerelle.Web.Features.Envois;

namespace Passerelle.Web.Features.Offre;

/// <summary>An action's description as checked, ready to write; or the first thing to correct.</summary>
public sealed record ActionLue(SaisieAction Saisie, string? Telephone, IReadOnlyList<(DateOnly Debut, DateOnly? Fin)> Sessions, IReadOnlyList<(DateOnly Debut, DateOnly Fin, int Places)> Places);

/// <summary>
/// The checks of an action's form that need no database: the data·inclusion vocabularies, the rhythm, the contact,
/// and the sessions and funded places typed one per line, each refused with the line in cause.
/// </summary>
public static class RedactionAction
{
    private static readonly string[] FormatsDate = ["yyyy-MM-dd", "dd/MM/yyyy"];

    public static (ActionLue? Action, string? Erreur) Lire(SaisieAction s, VocabulairesDataInclusion v)
    {
        if (string.IsNullOrWhiteSpace(s.Nom)) return Refus("Donnez un nom à l'action.");
        if (string.IsNullOrWhiteSpace(s.Description)) return Refus("Décrivez l'action : ce que la personne y fait, avec qui, pour quoi.");
        if (!VocabulairesDataInclusion.Contient(v.Types, s.Type)) return Refus("Choisissez le type d'action (accompagnement, atelier, formation…).");
        if (s.Thematiques.Count == 0) return Refus("Choisissez au moins une thématique : c'est par elles que les référents trouvent l'action.");
        if (s.Thematiques.Concat(s.Publics).Concat(s.ModesAccueil).Concat(s.ModesMobilisation).Any(c => !Connu(v, c)) || !VocabulairesDataInclusion.Contient(v.Frais, s.Frais))
            return Refus("Une valeur choisie ne fait pas partie des listes proposées : rechargez la page et choisissez de nouveau.");
        if (s.HeuresHebdomadaires is <= 0 or > 60) return Refus("Le nombre d'heures par semaine va de 0,5 à 60.");
        if (s.NombreSemaines is <= 0 or > 260) return Refus("Le nombre de semaines va de 1 à 260.");
        if (!string.IsNullOrWhiteSpace(s.Courriel) && !AdresseEmail.Verifier(s.Courriel).EstValide) return Refus($"« {s.Courriel} » n'est pas une adresse e-mail valide.");
        var telephone = Structures.Telephone.Normaliser(s.Telephone, out var telephoneValide);
        if (!telephoneValide) return Refus($"« {s.Telephone} » n'est pas un numéro de téléphone.");
        var sessions = new List<(DateOnly, DateOnly?)>();
        foreach (var ligne in Lignes(s.Sessions))
        {
            var (debut, fin) = Periode(ligne);
            if (debut is null || (fin is { } f && f < debut)) return Refus($"Session « {ligne} » : écrivez une date de début (11/01/2027), éventuellement « → » et une date de fin qui ne la précède pas.");
            sessions.Add((debut.Value, fin));
        }
        var places = new List<(DateOnly, DateOnly, int)>();
        foreach (var ligne in Lignes(s.Places))
        {
            var parties = ligne.Split(':', 2, StringSplitOptions.TrimEntries);
            var (debut, fin) = Periode(parties[0]);
            if (parties.Length != 2 || debut is null || fin is null || fin < debut || !int.TryParse(parties[1], NumberStyles.None, CultureInfo.InvariantCulture, out var nombre) || nombre is < 1 or > 10_000)
                return Refus($"Places financées « {ligne} » : écrivez la période puis le nombre de places, « 01/01/2027 → 31/12/2027 : 24 ».");
            places.Add((debut.Value, fin.Value, nombre));
        }
        return (new ActionLue(s, telephone, sessions, places), null);
    }

    private static bool Connu(VocabulairesDataInclusion v, string code) =>
        new[] { v.Thematiques, v.Publics, v.ModesAccueil, v.ModesMobilisation }.Any(l => VocabulairesDataInclusion.Contient(l, code));

    private static (DateOnly? Debut, DateOnly? Fin) Periode(string texte)
    {
        var bornes = texte.Split(['→', '>'], 2, StringSplitOptions.TrimEntries);
        var debut = Date(bornes[0].TrimEnd('-').Trim());
        return (debut, bornes.Length == 2 ? Date(bornes[1]) : null);
    }

    private static DateOnly? Date(string texte) =>
        DateOnly.TryParseExact(texte, FormatsDate, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static string[] Lignes(string? texte) => (texte ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static (ActionLue?, string?) Refus(string message) => (null, message);
}
