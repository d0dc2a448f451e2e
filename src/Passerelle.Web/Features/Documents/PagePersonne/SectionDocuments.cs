using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Personnes;

namespace Passerelle.Web.Features.Documents.PagePersonne;

public sealed record SectionDocumentsModele(int PersonneId, IReadOnlyList<LigneDocument> Documents, long TailleMaximale);

public sealed class SectionDocuments(ServiceDocuments documents, StockageDocuments stockage) : ISectionPersonne
{
    public int Ordre => 500;
    public string Vue => "/Features/Documents/PagePersonne/_Section.cshtml";
    public EntreeSommaire? Sommaire => new("Documents", "documents");

    public async Task<object?> ChargerAsync(Personne personne, CancellationToken ct) =>
        new SectionDocumentsModele(personne.Id, await documents.ListerAsync(personne.Id, ct), stockage.TailleMaximale);
}
