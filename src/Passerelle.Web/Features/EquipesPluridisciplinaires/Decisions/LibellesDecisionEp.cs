using System.Globalization;
using Passerelle.Web.Features.Envois;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Decisions;

/// <summary>How a decision, its amounts and the other EP values read in pages and in the letter.</summary>
public static class LibellesDecisionEp
{
    private static readonly CultureInfo Francais = CultureInfo.GetCultureInfo("fr-FR");

    public static string Euros(decimal montant) => montant.ToString("N2", Francais) + " €";

    /// <summary>« Réduction du RSA de 100,00 € par mois pendant 1 mois, à compter du 1 février 2027. »</summary>
    public static string Phrase(TypeDecisionEp type, decimal? montant, int? pourcentage, int? dureeMois, DateOnly? dateEffet, string? orientation = null)
    {
        var details = type switch
        {
            TypeDecisionEp.Reduction => $" de {Euros(montant ?? 0)} par mois",
            TypeDecisionEp.SuspensionPartielle or TypeDecisionEp.SuspensionRemobilisation => $" à hauteur de {pourcentage} % du montant",
            TypeDecisionEp.Reorientation when orientation is not null => $" : orientation « {orientation} »",
            _ => "",
        };
        var duree = dureeMois is int d ? $" pendant {d} mois" : "";
        var effet = dateEffet is { } e ? $", à compter du {ChampsPersonne.FormaterDate(e)}" : "";
        return $"{type.Libelle()}{details}{duree}{effet}.";
    }

    public static string Libelle(this FormeObservation forme) => forme switch
    {
        FormeObservation.Courrier => "Courrier",
        FormeObservation.Courriel => "Courriel",
        _ => "Orale, en séance",
    };

    public static string Libelle(this TypeRecours type) => type == TypeRecours.Gracieux
        ? "Recours administratif préalable (président du conseil départemental)"
        : "Recours contentieux (tribunal administratif)";

    public static string Libelle(this IssueRecours issue) => issue switch
    {
        IssueRecours.EnCours => "En cours",
        IssueRecours.Rejete => "Rejeté",
        IssueRecours.DecisionAnnulee => "Décision annulée",
        _ => "Décision réformée",
    };

    /// <summary>The rank of this passage among the person's sanctions still standing: « premier passage », « 2e passage »…</summary>
    public static string Passage(int rang) => rang == 0 ? "premier passage" : $"{rang + 1}e passage ({rang} sanction{(rang > 1 ? "s" : "")} antérieure{(rang > 1 ? "s" : "")} maintenue{(rang > 1 ? "s" : "")})";

    public static string Jour(DateOnly? jour) => jour?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "—";
}
