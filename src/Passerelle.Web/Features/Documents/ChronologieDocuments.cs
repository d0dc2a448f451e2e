using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Personnes;

namespace Passerelle.Web.Features.Documents;

/// <summary>The deposits of documents in the timeline, each linking to its download.</summary>
public sealed class ChronologieDocuments(ServiceDocuments documents) : ISourceChronologie
{
    public const string Nature = "Document";

    public async Task<IReadOnlyList<EvenementParcours>> LireAsync(Personne personne, CancellationToken ct) =>
        [.. (await documents.ListerAsync(personne.Id, ct)).Select(d =>
            new EvenementParcours(d.DeposeLe, Nature, $"Document déposé : {d.Nom}", $"par {d.DeposePar}", $"/personnes/{personne.Id}/documents/{d.Id}"))];
}
