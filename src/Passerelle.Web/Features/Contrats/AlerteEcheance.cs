namespace Passerelle.Web.Features.Contrats;

/// <summary>The expiry alert: a validated contract ends within the département's alert delay ([config], 2 months by default).</summary>
public static class AlerteEcheance
{
    public static bool ArriveAEcheance(StatutContrat statut, DateOnly fin, DateOnly aujourdhui, int alerteMois) =>
        statut == StatutContrat.Valide && fin >= aujourdhui && fin <= Limite(aujourdhui, alerteMois);

    /// <summary>The last end date that raises the alert today.</summary>
    public static DateOnly Limite(DateOnly aujourdhui, int alerteMois) => aujourdhui.AddMonths(alerteMois);
}
