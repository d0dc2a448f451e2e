using Passerelle.Web.Platform.Securite;
namespace Passerelle.Web.Platform.Audit;

/// <summary>Action names stored in the journal; searched by administrators.</summary>
public static class AuditActions
{
    public const string Connexion = "connexion";
    public const string ConnexionEchouee = "connexion-echouee";
    public const string ConnexionRefusee = "connexion-refusee";
    public const string Deconnexion = "deconnexion";
    public const string DoubleAuthentificationActivee = "2fa-activee";
    public const string DoubleAuthentificationReinitialisee = "2fa-reinitialisee";
    public const string MotDePasseModifie = "mot-de-passe-modifie";
    public const string ReinitialisationDemandee = "reinitialisation-demandee";
    public const string MotDePasseReinitialise = "mot-de-passe-reinitialise";
    public const string Creation = "creation";
    public const string Modification = "modification";
    public const string Desactivation = "desactivation";
    public const string Reactivation = "reactivation";
    public const string HabilitationAjoutee = "habilitation-ajoutee";
    public const string HabilitationRetiree = "habilitation-retiree";
    public const string Consultation = "consultation";
    public const string Export = "export";
    public const string Recherche = "recherche";
    public const string ConsultationSensible = "consultation-sensible";
    public const string ModificationSensible = "modification-sensible";
    public const string SimulationAnonymisation = "simulation-anonymisation";
    public const string Anonymisation = "anonymisation";
    public const string ExportDonneesPersonnelles = "export-donnees-personnelles";

    /// <summary>French labels, in the order the journal's filter lists them.</summary>
    public static readonly IReadOnlyList<(string Action, string Libelle)> Libelles =
    [
        (Connexion, "Connexion"),
        (ConnexionEchouee, "Connexion échouée"),
        (ConnexionRefusee, "Connexion refusée"),
        (Deconnexion, "Déconnexion"),
        (DoubleAuthentificationActivee, "Double authentification activée"),
        (DoubleAuthentificationReinitialisee, "Double authentification réinitialisée"),
        (MotDePasseModifie, "Mot de passe modifié"),
        (ReinitialisationDemandee, "Nouveau mot de passe demandé par e-mail"),
        (MotDePasseReinitialise, "Mot de passe réinitialisé par e-mail"),
        (Creation, "Création"),
        (Modification, "Modification"),
        (Desactivation, "Désactivation"),
        (Reactivation, "Réactivation"),
        (HabilitationAjoutee, "Habilitation ajoutée"),
        (HabilitationRetiree, "Habilitation retirée"),
        (Consultation, "Consultation"),
        (Export, "Export"),
        (Recherche, "Recherche de personnes"),
        (ConsultationSensible, "Consultation d'informations sensibles"),
        (ModificationSensible, "Modification d'informations sensibles"),
        (SimulationAnonymisation, "Simulation d'anonymisation"),
        (Anonymisation, "Anonymisation"),
        (ExportDonneesPersonnelles, "Export des données d'une personne"),
    ];

    public static string Libelle(string action) =>
        Libelles.FirstOrDefault(l => l.Action == action).Libelle ?? action;
}
