using Passerelle.Web.Features.Communes;

namespace Passerelle.Web.Features.Structures.Administration;

/// <summary>What the shared structure form shows, for creation and edition alike.</summary>
public interface IFormulaireStructure
{
    SaisieStructure Saisie { get; }
    IReadOnlyList<TerritoireDesservi> TerritoiresProposes { get; }
    IReadOnlyList<Commune> CommunesDuDepartement { get; }
}
