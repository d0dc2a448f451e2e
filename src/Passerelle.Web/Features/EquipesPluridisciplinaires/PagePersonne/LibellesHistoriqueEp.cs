using System.Globalization;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.PagePersonne;

/// <summary>How the history words an appeal and a decision's terms, the same on the person page and in the timeline.</summary>
public static class LibellesHistoriqueEp
{
    private static readonly CultureInfo Francais = CultureInfo.GetCultureInfo("fr-FR");

    public static string Libelle(this TypeRecours type) => type == TypeRecours.Gracieux ? "Recours gracieux" : "Recours contentieux";

    public static string Libelle(this IssueRecours issue) => issue switch
    {
        IssueRecours.EnCours => "en cours",
        IssueRecours.Rejete => "rejeté",
        IssueRecours.DecisionAnnulee => "décision annulée",
        _ => "décision réformée",
    };

    public static string Date(DateOnly jour) => jour.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>The decision's amount, share, length and effect date, those it has: « 100,00 €, 1 mois, à compter du 01/03/2026 ».</summary>
    public static string Modalites(this PassageEp p)
    {
        var parties = new List<string>();
        if (p.Montant is decimal montant) parties.Add(montant.ToString("N2", Francais) + " €");
        if (p.Pourcentage is int pourcentage) parties.Add($"{pourcentage} %");
        if (p.DureeMois is int duree) parties.Add($"{duree} mois");
        if (p.DateEffet is DateOnly effet) parties.Add($"à compter du {Date(effet)}");
        return string.Join(", ", parties);
    }

    public static string Libelle(this RecoursPassage r) =>
        $"{r.Type.Libelle()} déposé le {Date(r.DeposeLe)} : {r.Issue.Libelle()}{(r.IssueLe is DateOnly le && r.Issue != IssueRecours.EnCours ? $" le {Date(le)}" : "")}";
}
