namespace Passerelle.Web.Features.Envois;

/// <summary>
/// The templates shipped with Passerelle, one per code: a département starts with these and may
/// reword them in the administration. Callers name a template by one of these codes.
/// </summary>
public static class ModelesParDefaut
{
    public const string Invitation = "invitation";
    public const string Convocation = "convocation";
    public const string RappelRdv = "rappel-rdv";
    public const string RelanceInvitation = "relance-invitation";
    public const string DecisionOrientation = "decision-orientation";
    public const string ContratEngagementsReciproques = "contrat-cer";
    public const string RelanceContratEp = "relance-contrat-ep";
    public const string InformationEquipePluridisciplinaire = "information-ep";
    public const string ConvocationEquipePluridisciplinaire = "convocation-ep";
    public const string DecisionEp = "decision-ep";

    private const string Formule =
        "Nous vous prions d'agréer, {{Civilite}}, l'expression de nos salutations distinguées.\n\n" +
        "Le service insertion du conseil départemental\n{{Departement}}";

    public static readonly IReadOnlyList<ContenuModele> Tous =
    [
        new(Invitation, "Invitation à prendre un premier rendez-vous",
            "Invitation à un rendez-vous d'information sur votre accompagnement",
            "{{Civilite}},\n\n" +
            "Vous êtes bénéficiaire du revenu de solidarité active. À ce titre, vous avez droit à un accompagnement " +
            "pour vous aider dans vos démarches d'insertion sociale et professionnelle.\n\n" +
            "Nous vous invitons à prendre rendez-vous ({{TypeRdv}}) avec {{Structure}} avant le {{DateLimite}}, " +
            "par téléphone ou en vous présentant à l'accueil.\n\n" +
            "Vous pouvez aussi choisir vous-même votre rendez-vous en ligne avec ce lien personnel (votre date de naissance vous sera demandée) : {{LienReservation}}\n\n" + Formule,
            "{{Departement}} : vous êtes invité(e) à prendre rendez-vous ({{TypeRdv}}) avant le {{DateLimite}}. Choisissez votre créneau : {{LienReservation}}"),
        new(Convocation, "Convocation à un rendez-vous",
            "Convocation à un rendez-vous obligatoire",
            "{{Civilite}},\n\n" +
            "Dans le cadre de vos droits et devoirs de bénéficiaire du revenu de solidarité active, vous êtes convoqué(e) " +
            "à un rendez-vous ({{TypeRdv}}) le {{DateRdv}} à {{HeureRdv}}, à l'adresse suivante : {{LieuRdv}}.\n\n" +
            "Ce rendez-vous est obligatoire. Merci de vous munir d'une pièce d'identité. En cas d'empêchement, " +
            "vous devez prévenir {{Structure}} avant le {{DateLimite}} en indiquant le motif.\n\n" + Formule,
            "{{Departement}} : vous êtes convoqué(e) le {{DateRdv}} à {{HeureRdv}}, {{LieuRdv}}. Ce rendez-vous est obligatoire."),
        new(RappelRdv, "Rappel de rendez-vous",
            "Rappel de votre rendez-vous du {{DateRdv}}",
            "{{Civilite}},\n\n" +
            "Nous vous rappelons votre rendez-vous ({{TypeRdv}}) le {{DateRdv}} à {{HeureRdv}}, à l'adresse suivante : {{LieuRdv}}.\n\n" +
            "En cas d'empêchement, merci de prévenir {{Structure}} au plus vite.\n\n" + Formule,
            "{{Departement}} : rappel de votre rendez-vous le {{DateRdv}} à {{HeureRdv}}, {{LieuRdv}}."),
        new(RelanceInvitation, "Relance après une invitation sans réponse",
            "Relance : rendez-vous d'information sur votre accompagnement",
            "{{Civilite}},\n\n" +
            "Nous vous avons récemment invité(e) à un rendez-vous pour vous présenter l'accompagnement auquel vous avez droit " +
            "en tant que bénéficiaire du revenu de solidarité active. Nous n'avons pas reçu de réponse de votre part.\n\n" +
            "Nous vous remercions de prendre contact avec {{Structure}} avant le {{DateLimite}} pour convenir d'un rendez-vous, " +
            "ou de le choisir en ligne avec ce lien personnel : {{LienReservation}}\n\n" + Formule,
            "{{Departement}} : sans réponse de votre part, choisissez votre rendez-vous RSA avant le {{DateLimite}} : {{LienReservation}}"),
        new(DecisionOrientation, "Notification de la décision d'orientation",
            "Décision d'orientation de votre accompagnement",
            "{{Civilite}},\n\n" +
            "Le président du conseil départemental a décidé de votre orientation : {{TypeOrientation}}.\n\n" +
            "Votre accompagnement sera assuré par {{Structure}}. Votre référent, {{Referent}}, prendra contact avec vous " +
            "pour un premier rendez-vous.\n\n" +
            "Vous pouvez contester cette décision par un recours administratif adressé au président du conseil départemental " +
            "dans un délai de deux mois à compter de la réception de ce courrier.\n\n" + Formule,
            "{{Departement}} : votre orientation RSA a été décidée ({{TypeOrientation}}). Un courrier vous précise les suites."),
        new(ContratEngagementsReciproques, "Contrat d'engagements réciproques (CER)",
            "Contrat d'engagements réciproques de {{Prenom}} {{Nom}}",
            "Entre le département ({{Departement}}), représenté par {{Structure}}, et {{Civilite}} {{Prenom}} {{Nom}}, " +
            "bénéficiaire du revenu de solidarité active (article L262-35 du code de l'action sociale et des familles).\n\n" +
            "Durée : {{PeriodeContrat}}.\n\nObjectifs :\n{{ObjectifsContrat}}\n\nActions prévues :\n{{ActionsContrat}}\n\n" +
            "Engagements de la personne :\n{{EngagementsPersonne}}\n\nEngagements du département :\n{{EngagementsDepartement}}\n\n" +
            "Référent : {{Referent}}.\n\nSignature : {{SignatureContrat}}.\n\n" +
            "Le non-respect de ce contrat sans motif légitime peut entraîner la réduction ou la suspension du revenu de solidarité active, " +
            "après avis de l'équipe pluridisciplinaire.",
            null),
        new(RelanceContratEp, "Relance : contrat à signer",
            "Relance : votre contrat d'accompagnement reste à signer",
            "{{Civilite}},\n\n" +
            "Vous avez été orienté(e) vers un accompagnement dans le cadre du revenu de solidarité active. " +
            "À ce jour, aucun contrat d'engagements n'a été signé avec votre référent.\n\n" +
            "Ce contrat est une obligation (article L262-35 du code de l'action sociale et des familles). Nous vous demandons de prendre " +
            "contact avec votre référent ou le service insertion avant le {{DateLimite}} pour le signer.\n\n" +
            "Sans contrat signé, votre situation pourra être examinée par l'équipe pluridisciplinaire, qui peut proposer " +
            "une réduction ou une suspension de votre allocation.\n\n" + Formule,
            "{{Departement}} : votre contrat RSA reste à signer. Contactez votre référent avant le {{DateLimite}}."),
        new(InformationEquipePluridisciplinaire, "Information avant équipe pluridisciplinaire",
            "Examen de votre situation par l'équipe pluridisciplinaire le {{DateRdv}}",
            "{{Civilite}},\n\n" +
            "Votre situation sera examinée par l'équipe pluridisciplinaire le {{DateRdv}} à {{HeureRdv}}, à l'adresse suivante : {{LieuRdv}}.\n\n" +
            "Motif de cet examen : {{Thematique}}.\n\n" +
            "Vous pouvez présenter vos observations, par écrit ou par courriel, jusqu'au {{DateLimite}} (un mois à compter de ce courrier). " +
            "Vous pouvez aussi assister à la séance, accompagné(e) de la personne de votre choix, pour être entendu(e).\n\n" +
            "L'équipe pluridisciplinaire rend un avis ; la décision est prise ensuite par le président du conseil départemental " +
            "et vous sera notifiée par courrier.\n\n" + Formule,
            null),
        new(ConvocationEquipePluridisciplinaire, "Convocation des membres d'équipe pluridisciplinaire",
            "Convocation : équipe pluridisciplinaire du {{DateRdv}}",
            "Madame, Monsieur,\n\n" +
            "Vous êtes convoqué(e), en qualité de membre de l'équipe pluridisciplinaire, à la séance du {{DateRdv}} à {{HeureRdv}}, " +
            "à l'adresse suivante : {{LieuRdv}}.\n\n" +
            "Dossiers inscrits à l'ordre du jour : {{NombreDossiers}}. Vous pouvez les consulter dans Passerelle jusqu'à la clôture de la séance : {{LienSeance}}\n\n" +
            "Ce message ne contient aucune donnée sur les personnes examinées : elles ne sont lisibles que dans Passerelle.\n\n" +
            "Le service insertion du conseil départemental\n{{Departement}}",
            null),
        // The legal basis and the appeal routes are appended by Passerelle after this text (EquipesPluridisciplinaires/Decisions/MentionsLegalesEp).
        new(DecisionEp, "Notification d'une décision après équipe pluridisciplinaire",
            "Décision relative à votre revenu de solidarité active",
            "{{Civilite}},\n\n" +
            "Votre situation a été examinée par l'équipe pluridisciplinaire lors de sa séance du {{SeanceEp}}. " +
            "Elle a émis l'avis suivant : {{AvisEp}}.\n\n" +
            "Après cet avis, le président du conseil départemental a pris la décision suivante :\n{{DecisionEp}}\n\n" +
            "Motifs de la décision :\n{{MotivationDecision}}\n\n" +
            "Observations que vous avez présentées :\n{{ObservationsEp}}\n\n" +
            "Nous vous prions d'agréer, {{Civilite}}, l'expression de nos salutations distinguées.\n\n" +
            "Pour le président du conseil départemental et par délégation,\n{{Decideur}}",
            null),
    ];

    public static ContenuModele? Trouver(string code) => Tous.FirstOrDefault(m => m.Code == code);
}
