using System.Text.RegularExpressions;

namespace Passerelle.Web.Features.Envois;

/// <summary>
/// The fixed catalogue of merge fields a template may use, written <c>{{Champ}}</c>. A closed list
/// so that a typo in an edited template is refused at save time instead of printing braces to a person.
/// </summary>
public static partial class ChampsFusion
{
    public const string Civilite = nameof(Civilite);
    public const string Nom = nameof(Nom);
    public const string Prenom = nameof(Prenom);
    public const string Adresse = nameof(Adresse);
    public const string CodePostalVille = nameof(CodePostalVille);
    public const string DateRdv = nameof(DateRdv);
    public const string HeureRdv = nameof(HeureRdv);
    public const string LieuRdv = nameof(LieuRdv);
    public const string TypeRdv = nameof(TypeRdv);
    public const string Structure = nameof(Structure);
    public const string Referent = nameof(Referent);
    public const string TypeOrientation = nameof(TypeOrientation);
    public const string DateLimite = nameof(DateLimite);
    public const string Departement = nameof(Departement);
    public const string DateDuJour = nameof(DateDuJour);
    public const string PeriodeContrat = nameof(PeriodeContrat);
    public const string ObjectifsContrat = nameof(ObjectifsContrat);
    public const string ActionsContrat = nameof(ActionsContrat);
    public const string EngagementsPersonne = nameof(EngagementsPersonne);
    public const string EngagementsDepartement = nameof(EngagementsDepartement);
    public const string SignatureContrat = nameof(SignatureContrat);
    public const string LienReservation = nameof(LienReservation);
    public const string Thematique = nameof(Thematique);
    public const string NombreDossiers = nameof(NombreDossiers);
    public const string LienSeance = nameof(LienSeance);
    public const string SeanceEp = nameof(SeanceEp);
    public const string AvisEp = nameof(AvisEp);
    public const string DecisionEp = nameof(DecisionEp);
    public const string MotivationDecision = nameof(MotivationDecision);
    public const string ObservationsEp = nameof(ObservationsEp);
    public const string Decideur = nameof(Decideur);

    /// <summary>Each field with what it holds, in the order the edit page lists them.</summary>
    public static readonly IReadOnlyList<(string Champ, string Description)> Catalogue =
    [
        (Civilite, "Madame ou Monsieur"),
        (Nom, "nom de la personne"),
        (Prenom, "prénom de la personne"),
        (Adresse, "adresse (numéro et voie)"),
        (CodePostalVille, "code postal et commune"),
        (DateRdv, "date du rendez-vous"),
        (HeureRdv, "heure du rendez-vous"),
        (LieuRdv, "lieu du rendez-vous"),
        (TypeRdv, "nature du rendez-vous"),
        (Structure, "structure qui reçoit ou accompagne"),
        (Referent, "nom du référent"),
        (TypeOrientation, "orientation décidée"),
        (DateLimite, "date limite de réponse"),
        (Departement, "nom du département"),
        (DateDuJour, "date du courrier"),
        (PeriodeContrat, "contrat : rang, dates de début et de fin, durée"),
        (ObjectifsContrat, "contrat : objectifs par thème, un par ligne"),
        (ActionsContrat, "contrat : actions prévues et leurs échéances, une par ligne"),
        (EngagementsPersonne, "contrat : engagements de la personne"),
        (EngagementsDepartement, "contrat : engagements du département"),
        (SignatureContrat, "contrat : date et lieu de signature"),
        (LienReservation, "invitation : lien personnel pour prendre rendez-vous en ligne"),
        (Thematique, "équipe pluridisciplinaire : motif de l'examen (thématique)"),
        (NombreDossiers, "équipe pluridisciplinaire : nombre de dossiers à l'ordre du jour"),
        (LienSeance, "équipe pluridisciplinaire : lien vers la séance dans Passerelle"),
        (SeanceEp, "équipe pluridisciplinaire : date de la séance"),
        (AvisEp, "équipe pluridisciplinaire : avis rendu"),
        (DecisionEp, "équipe pluridisciplinaire : décision, montant, durée et date d'effet"),
        (MotivationDecision, "équipe pluridisciplinaire : motifs de la décision"),
        (ObservationsEp, "équipe pluridisciplinaire : observations présentées par la personne"),
        (Decideur, "équipe pluridisciplinaire : nom et qualité du signataire de la décision"),
    ];

    private static readonly HashSet<string> Connus = Catalogue.Select(c => c.Champ).ToHashSet(StringComparer.Ordinal);

    public static bool EstConnu(string champ) => Connus.Contains(champ);

    /// <summary>Every <c>{{…}}</c> of a text, in order of first appearance, trimmed.</summary>
    public static IReadOnlyList<string> Utilises(string? texte) =>
        texte is null ? [] : Marque().Matches(texte).Select(m => m.Groups[1].Value.Trim()).Distinct(StringComparer.Ordinal).ToList();

    public static IReadOnlyList<string> Inconnus(string? texte) => Utilises(texte).Where(c => !EstConnu(c)).ToList();

    [GeneratedRegex(@"\{\{([^{}]*)\}\}")]
    internal static partial Regex Marque();
}
