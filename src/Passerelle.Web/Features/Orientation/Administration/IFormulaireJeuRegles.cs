namespace Passerelle.Web.Features.Orientation.Administration;

/// <summary>What the shared rule-set form shows, for creation and edition alike.</summary>
public interface IFormulaireJeuRegles
{
    SaisieJeuRegles Saisie { get; }
    bool Creation { get; }
}
