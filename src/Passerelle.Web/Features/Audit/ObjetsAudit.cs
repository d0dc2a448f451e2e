using System.Text.RegularExpressions;

namespace Passerelle.Web.Features.Audit;

/// <summary>
/// What an audit entry is about, as an administrator reads it: the entity names the code records
/// (<c>DecisionOrientation</c>, <c>Utilisateur</c> with its identifier) become French words, a
/// link to the record's page where there is one, and a user's name instead of their identifier.
/// </summary>
public static partial class ObjetsAudit
{
    private static readonly Dictionary<string, string> Libelles = new(StringComparer.Ordinal)
    {
        ["Utilisateur"] = "Compte",
        ["Personne"] = "Personne",
        ["Parcours"] = "Parcours",
        ["DossierRsa"] = "Dossier RSA",
        ["Import"] = "Import",
        ["Departement"] = "Département",
        ["Conservation"] = "Conservation des données",
        ["Territoire"] = "Territoire",
        ["Structure"] = "Structure",
        ["ModeleCourrier"] = "Modèle de courrier",
        ["MembreEquipe"] = "Membre de l'équipe de suivi",
        ["JeuRegles"] = "Règles d'orientation",
        ["DocumentPersonne"] = "Document",
        ["Contrat"] = "Contrat",
        ["ConsentementPartage"] = "Consentement au partage",
        ["ConfigurationTableur"] = "Configuration de tableur",
        ["RendezVous"] = "Rendez-vous",
        ["OffreAccompagnement"] = "Offre d'accompagnement",
        ["Diagnostic"] = "Diagnostic",
        ["Creneau"] = "Créneau",
        ["CleApi"] = "Clé d'API",
        ["AvertissementDossier"] = "Anomalie de flux",
        ["Portefeuille"] = "Portefeuille",
        ["JournalAudit"] = "Journal d'audit",
        ["Courriers"] = "Courriers",
        ["DecisionOrientation"] = "Décision d'orientation",
        ["Sortie"] = "Sortie",
        ["Invitation"] = "Invitation",
    };

    /// <summary>The French word for a recorded entity; an unknown one is split into words (« SuiviSortie » → « Suivi sortie »).</summary>
    public static string Libelle(string? objet)
    {
        if (string.IsNullOrEmpty(objet)) return "";
        if (Libelles.TryGetValue(objet, out var libelle)) return libelle;
        var mots = Mots().Replace(objet, " $1");
        return mots[..1] + mots[1..].ToLowerInvariant();
    }

    /// <summary>The page of the record, when it has one the administrator can open.</summary>
    public static string? Url(string? objet, string? id) => (objet, id) switch
    {
        (_, null) => null,
        ("Utilisateur", _) => $"/administration/utilisateurs/{id}",
        ("Personne", _) => $"/personnes/{id}",
        ("DossierRsa", _) => $"/dossiers/{id}",
        _ => null,
    };

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex Mots();
}
