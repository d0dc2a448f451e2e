using Passerelle.Web.Features.Communes;

namespace Passerelle.Web.Features.Territoires.Administration;

/// <summary>What the shared territoire form shows, for creation and edition alike.</summary>
public interface IFormulaireTerritoire
{
    SaisieTerritoire Saisie { get; }
    IReadOnlyList<Commune> Proposees { get; }
}
