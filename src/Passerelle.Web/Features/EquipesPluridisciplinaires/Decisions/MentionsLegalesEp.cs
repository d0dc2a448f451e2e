namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Decisions;

/// <summary>
/// The legal basis and the appeal routes of a decision's letter. Passerelle appends them after the département's
/// editable text and they cannot be reworded away: a decision notified without its appeal routes and delays leaves the
/// delay unopened (code de justice administrative, R421-5), and the administrative appeal to the président is compulsory
/// before the tribunal for the RSA (CASF L262-47).
/// </summary>
/// <remarks>
/// Suspension-remobilisation: assumed from the loi n° 2023-1196 du 18 décembre 2023 pour le plein emploi (new L262-37, in
/// force from 1 January 2025) and its decree as this code base models them in <see cref="ReglesEp"/>: a share of the RSA
/// (at least <see cref="ReglesEp.PourcentageMinimalRemobilisation"/> %) suspended for a short length, and the suspended
/// amounts given back, within <see cref="ReglesEp.RestitutionMaximaleMois"/> months, once the person resumes their
/// obligations. The exact percentages and lengths are the département's [config], not restated here.
/// </remarks>
public static class MentionsLegalesEp
{
    public static string Texte(TypeDecisionEp decision) => $"Base légale : {BaseLegale(decision)}\n\n{VoiesDeRecours}";

    public static string BaseLegale(TypeDecisionEp decision) => decision switch
    {
        TypeDecisionEp.SuspensionRemobilisation =>
            "articles L262-37 et L262-39 du code de l'action sociale et des familles, dans leur rédaction issue de la loi n° 2023-1196 du 18 décembre 2023 "
            + "pour le plein emploi (suspension-remobilisation, applicable depuis le 1er janvier 2025), et article R262-68 du même code. "
            + "Les sommes suspendues vous seront restituées, dans la limite prévue par le règlement du département, si vous reprenez vos obligations.",
        TypeDecisionEp.Reduction or TypeDecisionEp.SuspensionPartielle or TypeDecisionEp.SuspensionTotale =>
            "articles L262-37, L262-39 et R262-68 du code de l'action sociale et des familles : le revenu de solidarité active peut être réduit ou suspendu "
            + "lorsque, sans motif légitime, son bénéficiaire ne respecte pas ses obligations, après avis de l'équipe pluridisciplinaire et après "
            + "qu'il a été mis en mesure de présenter ses observations.",
        TypeDecisionEp.Reorientation => "articles L262-31 et L262-39 du code de l'action sociale et des familles.",
        _ => "articles L262-37 et L262-39 du code de l'action sociale et des familles.",
    };

    public const string VoiesDeRecours =
        "Voies et délais de recours : vous pouvez contester cette décision par un recours administratif préalable obligatoire, adressé au président "
        + "du conseil départemental dans un délai de deux mois à compter de la réception de ce courrier (article L262-47 du code de l'action sociale "
        + "et des familles). Ce recours est obligatoire avant toute saisine du juge.\n"
        + "Vous pourrez ensuite saisir le tribunal administratif dans un délai de deux mois à compter de la réponse du président du conseil "
        + "départemental ; en l'absence de réponse dans un délai de deux mois, votre recours est rejeté implicitement et ce rejet peut être contesté "
        + "devant le tribunal administratif dans le même délai de deux mois. Le tribunal peut aussi être saisi par l'application Télérecours citoyens "
        + "(www.telerecours.fr).";
}
