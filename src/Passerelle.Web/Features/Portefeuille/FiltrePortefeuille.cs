using Passerelle.Web.Features.Orientation;

namespace Passerelle.Web.Features.Portefeuille;

public enum TriPortefeuille { Echeance, Nom, Debut }

/// <summary>The filters and order of a caseload table, bound from the query string (?retard=true&amp;type=Sociale&amp;tri=nom).</summary>
public sealed class FiltrePortefeuille
{
    /// <summary>Only the persons whose next deadline is past.</summary>
    public bool Retard { get; set; }
    /// <summary>Only the persons whose next deadline falls within the next seven days, today included.</summary>
    public bool Semaine { get; set; }
    /// <summary>Only the persons whose validated contract ends within the département's alert delay (Contrats.AlerteEcheance).</summary>
    public bool FinContrat { get; set; }
    public TypeOrientation? Type { get; set; }
    public TriPortefeuille Tri { get; set; }
    public string? Sens { get; set; }

    public bool Decroissant => Sens == "desc";

    /// <summary>The filters in words, for the audit journal of exports.</summary>
    public string Decrire()
    {
        var parties = new List<string>();
        if (Retard) parties.Add("en retard");
        if (Semaine) parties.Add("échéance dans les 7 jours");
        if (FinContrat) parties.Add("contrat arrivant à échéance");
        if (Type is { } type) parties.Add($"orientation {type.LibelleNational()}");
        return parties.Count == 0 ? "aucun filtre" : string.Join(", ", parties);
    }
}
