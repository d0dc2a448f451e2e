using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Envois;
using Passerelle.Web.Features.Personnes;

namespace Passerelle.Web.Features.Courriers;

/// <summary>The person's delivery journal (letters, e-mails, SMS), each letter printable again.</summary>
public sealed class SectionEnvois(ServiceEnvois envois) : ISectionPersonne
{
    public int Ordre => 800;
    public string Vue => "/Features/Envois/_EnvoisPersonne.cshtml";
    public EntreeSommaire? Sommaire => new("Courriers, e-mails et SMS", "envois-personne");

    public async Task<object?> ChargerAsync(Personne personne, CancellationToken ct) => await envois.EnvoisDeLaPersonneAsync(personne.Id, 20, ct);
}
