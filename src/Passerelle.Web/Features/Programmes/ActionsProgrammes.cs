namespace Passerelle.Web.Features.Programmes;

/// <summary>Audit journal actions of programmes.</summary>
public static class ActionsProgrammes
{
    public const string Import = "programme-import";
    public const string ModificationFiche = "fiche-action-modification";
}
