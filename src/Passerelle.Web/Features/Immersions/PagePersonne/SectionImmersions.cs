using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Personnes;

namespace Passerelle.Web.Features.Immersions.PagePersonne;

public sealed record FicheImmersionsPersonne(int PersonneId, IReadOnlyList<ImmersionLue> Immersions, DateOnly Aujourdhui);

/// <summary>The immersions section of the person page: the person's PMSMP, their renewal and outcome, and the link to record one.</summary>
public sealed class SectionImmersions(ConsultationImmersions consultation, Platform.HeureLegale heure) : ISectionPersonne
{
    public int Ordre => 370;
    public string Vue => "/Features/Immersions/PagePersonne/_Section.cshtml";
    public EntreeSommaire? Sommaire => new("Immersions", "immersions");

    public async Task<object?> ChargerAsync(Personne personne, CancellationToken ct) =>
        new FicheImmersionsPersonne(personne.Id, (await consultation.ListeAsync(personne.Id, 1, 100, ct)).Elements, heure.Aujourdhui);
}
