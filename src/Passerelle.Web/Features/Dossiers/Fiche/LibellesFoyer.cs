using Passerelle.Web.Platform.Securite;
namespace Passerelle.Web.Features.Dossiers.Fiche;

/// <summary>French labels of the CNAF codes shown on a dossier; an unknown code is shown as itself.</summary>
public static class LibellesFoyer
{
    /// <summary>Order in which a foyer's members are listed: the applicant first.</summary>
    public static int Rang(string role) => role switch { "DEM" => 0, "CJT" => 1, "RDO" => 2, "ENF" => 3, _ => 4 };

    public static string Role(string? role) => role switch
    {
        "DEM" => "Demandeur",
        "CJT" => "Conjoint",
        "ENF" => "Enfant",
        "AUT" => "Autre",
        "RDO" => "Responsable du dossier",
        // A role the flux did not give, or gave unknown (docs/imports-cnaf.md): the person stays attached.
        null or "" => "Rôle inconnu",
        _ => $"Rôle inconnu ({role})",
    };

    /// <summary>SITFAM codes of the CNAF flux.</summary>
    public static string SituationFamille(string? code) => code switch
    {
        "CEL" => "Célibataire",
        "DIV" => "Divorcé(e)",
        "ISO" => "Isolé(e) après vie maritale ou PACS",
        "MAR" => "Marié(e)",
        "PAC" => "Pacsé(e)",
        "RPA" => "Reprise de vie commune (PACS)",
        "RVC" => "Reprise de vie maritale",
        "RVM" => "Reprise de vie commune (mariage)",
        "SEF" => "Séparé(e) de fait",
        "SEL" => "Séparé(e) légalement",
        "VEU" => "Veuf ou veuve",
        "VIM" => "Vie maritale",
        null or "" => "Non renseignée",
        _ => code,
    };

    public static string Civilite(string? code) => code switch
    {
        "MR" => "Monsieur",
        "MME" => "Madame",
        "MLE" => "Mademoiselle",
        _ => code ?? "",
    };

    /// <summary>Usual MOTISUSDRORSA / MOTISUSVERSRSA codes.</summary>
    public static string MotifSuspension(string code) => code switch
    {
        "CG" => "Sanction décidée par le département",
        "01" => "Ressources trop élevées",
        "02" => "Moins de 25 ans sans enfant ni autre personne à charge",
        "03" => "Activité non conforme",
        "04" => "Titre de séjour non valide",
        "05" => "RSA inférieur au seuil de versement",
        "06" => "Déclaration trimestrielle de ressources non fournie",
        "09" => "Droit éteint ou autre",
        _ => code,
    };

    public static string OuiNon(bool valeur) => valeur ? "Oui" : "Non";

    public static IEnumerable<string> Codes(string listeSeparee) =>
        listeSeparee.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
