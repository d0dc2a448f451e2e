using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Accueil;

/// <summary>A user's home ("espace") is that of their first role in this order.</summary>
public sealed record Espace(Role Role, string Titre, string Description, IReadOnlyList<(string Libelle, string Url)> Liens);

public static class Espaces
{
    private static readonly Espace[] Ordre =
    [
        new(Role.Administrateur, "Espace administrateur", "Gérez les territoires, les structures, les comptes et consultez le journal d'audit.",
            [("Territoires", "/administration/territoires"), ("Structures", "/administration/structures"), ("Utilisateurs", "/administration/utilisateurs"), ("Journal d'audit", "/administration/journal")]),
        new(Role.AgentDepartemental, "Espace agent départemental", "Suivez les entrées, les orientations et les référents de votre périmètre.",
            [("Files de travail", "/cohortes"), ("Dossiers RSA", "/dossiers"), ("Sorties et suivis", "/sorties"), ("Offre d'insertion", "/offre"), ("Indicateurs d'orientation", "/indicateurs/orientation"), ("Indicateurs de l'offre", "/offre/indicateurs"), ("Annuaire des structures", "/structures")]),
        new(Role.ResponsableStructure, "Espace responsable de structure", "Répartissez les accompagnements de votre structure et suivez son activité.",
            [("Ma structure", "/structure"), ("Rendez-vous des référents", "/agenda/mes-rendez-vous"), ("Transférer un portefeuille", "/structure/transfert"), ("Annuaire des structures", "/structures")]),
        new(Role.Referent, "Espace référent", "Retrouvez les personnes que vous accompagnez et vos prochaines échéances.",
            [("Mon portefeuille", "/portefeuille"), ("Mes rendez-vous", "/agenda/mes-rendez-vous"), ("Offre d'insertion", "/offre"), ("Prescriptions", "/prescriptions"), ("Offres d'emploi", "/offres-emploi"), ("Sorties et suivis", "/sorties"), ("Annuaire des structures", "/structures")]),
        new(Role.Operateur, "Espace opérateur", "Recevez les prescriptions des référents vers vos actions : répondez-y, enregistrez les entrées, les présences et les sorties. Décrivez vos actions pour qu'elles paraissent dans l'offre d'insertion du département.",
            [("Prescriptions reçues", "/prescriptions"), ("Mes actions", "/offre/gestion"), ("Indicateurs de mes actions", "/offre/indicateurs"), ("Offre d'insertion", "/offre"), ("Annuaire des structures", "/structures")]),
        new(Role.PiloteProgramme, "Espace pilotage", "Consultez et tenez à jour les programmes du département (axes, fiches-actions, indicateurs) et leurs comités, et suivez les indicateurs d'orientation, d'accompagnement et de contractualisation.",
            [("Programmes du département", "/programmes"), ("Comités", "/comites"), ("Indicateurs d'orientation", "/indicateurs/orientation"), ("Indicateurs de l'offre", "/offre/indicateurs"), ("Indicateurs des offres d'emploi", "/offres-emploi/indicateurs"), ("Annuaire des structures", "/structures")]),
        new(Role.MembreEquipePluridisciplinaire, "Espace équipe pluridisciplinaire", "Préparez les séances auxquelles vous êtes convoqué : leur ordre du jour et, pour chaque dossier, ce que sa thématique exige de connaître, jusqu'à la clôture de la séance.",
            [("Mes séances", "/ep/seances")]),
        new(Role.ChargeRelationEntreprise, "Espace relation entreprises", "Tenez le réseau des employeurs du département : leurs contacts, leurs engagements (charte, club RSE, parrainage) et l'historique de vos échanges.",
            [("Employeurs", "/employeurs"), ("Offres d'emploi", "/offres-emploi"), ("Clauses sociales", "/clauses"), ("Parrains", "/parrainage/parrains"),
             ("Indicateurs des offres d'emploi", "/offres-emploi/indicateurs"), ("Indicateurs du parrainage", "/parrainage/indicateurs")]),
        new(Role.FacilitateurClauses, "Espace clauses sociales", "Suivez les marchés à clause sociale : leurs participants, les heures réalisées chaque mois et les totaux par année.",
            [("Tableau de bord des clauses", "/clauses"), ("Marchés", "/clauses/marches"), ("Importer des heures", "/clauses/import")]),
        new(Role.Parrain, "Espace parrain", "Retrouvez les personnes que vous parrainez, ce que leur référent a choisi de partager avec vous, et notez vos rencontres.",
            [("Mes filleuls", "/parrainage/mes-filleuls")]),
        new(Role.Lecteur, "Espace statistiques", "Consultez les indicateurs agrégés du département.",
            [("Indicateurs d'orientation", "/indicateurs/orientation"), ("Indicateurs de l'offre", "/offre/indicateurs"), ("Indicateurs des offres d'emploi", "/offres-emploi/indicateurs"), ("Indicateurs des comités", "/comites/indicateurs")]),
        new(Role.Beneficiaire, "Mon espace", "Retrouvez votre référent, vos prochains rendez-vous et votre accompagnement.",
            [("Mon accompagnement", "/mon-espace")]),
    ];

    public static Espace? Principal(IEnumerable<Role> roles)
    {
        var detenus = roles.ToHashSet();
        return Ordre.FirstOrDefault(e => detenus.Contains(e.Role));
    }
}
