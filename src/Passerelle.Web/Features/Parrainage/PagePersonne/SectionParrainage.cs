using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Personnes;

namespace Passerelle.Web.Features.Parrainage.PagePersonne;

/// <param name="Parrains">The active mentors to choose from; empty when this viewer may not propose.</param>
public sealed record FicheParrainagesPersonne(int PersonneId, IReadOnlyList<LigneParrainage> Parrainages, IReadOnlyList<(int Id, string Nom)> Parrains, bool PeutProposer,
    DateOnly Aujourdhui);

/// <summary>The parrainage section of the person page: the person's pairings, and the proposal form for their référent or an agent.</summary>
public sealed class SectionParrainage(ConsultationParrainages consultation, ServiceParrainages service, AccesParrainages acces, Platform.HeureLegale heure) : ISectionPersonne
{
    public int Ordre => 360;
    public string Vue => "/Features/Parrainage/PagePersonne/_Section.cshtml";
    public EntreeSommaire? Sommaire => new("Parrainage", "parrainage");

    public async Task<object?> ChargerAsync(Personne personne, CancellationToken ct)
    {
        var parrainages = await consultation.ListeAsync(personne.Id, false, 1, 100, ct);
        var peutProposer = await acces.RefusPropositionAsync(personne.Id, ct) is null;
        if (!peutProposer && parrainages.Total == 0) return null;
        return new FicheParrainagesPersonne(personne.Id, parrainages.Elements, peutProposer ? await service.ParrainsActifsAsync(ct) : [], peutProposer, heure.Aujourdhui);
    }
}
