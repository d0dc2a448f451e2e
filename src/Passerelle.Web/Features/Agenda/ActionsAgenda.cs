namespace Passerelle.Web.Features.Agenda;

/// <summary>Audit journal action names of the agenda.</summary>
public static class ActionsAgenda
{
    public const string Convocation = "rendez-vous-convocation";
    public const string StatutRendezVous = "rendez-vous-statut";
    public const string Creneau = "agenda-creneau";
    public const string RendezVousPasse = "rendez-vous-apres-coup";
}
