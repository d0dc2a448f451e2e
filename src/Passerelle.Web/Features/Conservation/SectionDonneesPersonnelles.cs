using Microsoft.AspNetCore.Authorization;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Personnes;

namespace Passerelle.Web.Features.Conservation;

/// <summary>The subject-access export, shown only to those who answer such requests (<see cref="ConservationApi.DroitAcces"/>).</summary>
public sealed class SectionDonneesPersonnelles(IAuthorizationService autorisation, IHttpContextAccessor http) : ISectionPersonne
{
    public int Ordre => 900;
    public string Vue => "/Features/Conservation/_DonneesPersonnelles.cshtml";
    public EntreeSommaire? Sommaire => new("Droit d'accès aux données", "donnees-personnelles");

    public async Task<object?> ChargerAsync(Personne personne, CancellationToken ct) =>
        http.HttpContext is { } contexte && (await autorisation.AuthorizeAsync(contexte.User, ConservationApi.DroitAcces)).Succeeded ? personne.Id : null;
}
