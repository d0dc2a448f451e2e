using Passerelle.Web.Platform.Securite;
namespace Passerelle.Web.Features.Dossiers;

/// <summary>The etatdosrsa codes (primer §2) and what they mean for the parcours.</summary>
public static class EtatsDroit
{
    public const string NonDefini = "Z";
    public const string NouvelleDemande = "0";
    public const string Refuse = "1";
    public const string OuvertVersable = "2";
    public const string DroitSuspendu = "3";
    public const string VersementSuspendu = "4";
    public const string Clos = "5";
    public const string ClosMoisAnterieur = "6";

    public static readonly IReadOnlyList<string> Tous = [NonDefini, NouvelleDemande, Refuse, OuvertVersable, DroitSuspendu, VersementSuspendu, Clos, ClosMoisAnterieur];

    /// <summary>Open rights: Z (manual entry), 2, 3 and 4.</summary>
    public static bool EstOuvert(string? etat) => etat is NonDefini or OuvertVersable or DroitSuspendu or VersementSuspendu;

    public static bool EstClos(string? etat) => etat is Clos or ClosMoisAnterieur;

    public static string Libelle(string? etat) => etat switch
    {
        NonDefini => "Non défini (saisie manuelle)",
        NouvelleDemande => "Nouvelle demande en attente de décision",
        Refuse => "Droit refusé",
        OuvertVersable => "Droit ouvert et versable",
        DroitSuspendu => "Droit ouvert, droit suspendu",
        VersementSuspendu => "Droit ouvert, versement suspendu",
        Clos => "Droit clos",
        ClosMoisAnterieur => "Droit clos sur mois antérieur",
        null => "Inconnu",
        _ => $"Code {etat}",
    };

    /// <summary>Usual moticlorsa codes; others are shown as their code.</summary>
    public static string LibelleMotifCloture(string? motif) => motif switch
    {
        "ECH" => "4 mois sans droit (échéance)",
        "MUT" => "Mutation hors du département",
        "RFD" => "Radiation fin de droit",
        "RGD" => "Radiation choix de l'allocataire",
        null or "" => "",
        _ => motif,
    };

    public static string LibelleNature(string nature) => nature switch
    {
        "RSD" => "RSA socle",
        "RSI" => "RSA socle majoré (parent isolé)",
        "RCD" => "RSA socle avec revenus d'activité",
        "RCI" => "RSA majoré avec revenus d'activité",
        _ => nature,
    };
}
