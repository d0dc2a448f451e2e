namespace Passerelle.Web.Features.Contrats;

/// <summary>Audit journal action names of the contract decisions and document downloads.</summary>
public static class ActionsContrats
{
    public const string Document = "contrat-document";

    public static string Pour(ActeContrat acte) => "contrat-" + acte.ToString().ToLowerInvariant();
}
