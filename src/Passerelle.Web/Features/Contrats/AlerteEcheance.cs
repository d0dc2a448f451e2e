namespace Passerelle.Web.Features.Contrats;

/// <summary>
/// The expiry alert: a validated contract ends within the département's alert delay ([config], 2 months
/// by default) and no later contract of the same type (its renewal, pending or validated) follows it.
/// </summary>
public static class AlerteEcheance
{
    public static bool ArriveAEcheance(StatutContrat statut, DateOnly fin, DateOnly aujourdhui, int alerteMois) =>
        statut == StatutContrat.Valide && fin >= aujourdhui && fin <= Limite(aujourdhui, alerteMois);

    /// <summary>The last end date that raises the alert today.</summary>
    public static DateOnly Limite(DateOnly aujourdhui, int alerteMois) => aujourdhui.AddMonths(alerteMois);

    /// <summary>The contracts that raise the alert today, as one query (portefeuille filter, échéances).</summary>
    public static IQueryable<Contrat> AEcheance(IQueryable<Contrat> contrats, IQueryable<Contrat> tous, DateOnly aujourdhui, DateOnly limite) =>
        contrats.Where(c => c.Statut == StatutContrat.Valide && c.DateFin >= aujourdhui && c.DateFin <= limite
            && !tous.Any(n => n.PersonneId == c.PersonneId && n.Type == c.Type && n.DateDebut > c.DateDebut
                && (n.Statut == StatutContrat.EnAttente || n.Statut == StatutContrat.Valide)));
}
