using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Personnes;

namespace Passerelle.Web.Features.Diagnostic;

/// <summary>The way to the person's socio-professional diagnosis, whose page reads its sensitive details under audit.</summary>
public sealed class SectionDiagnostic : ISectionPersonne
{
    public int Ordre => 150;
    public string Vue => "/Features/Diagnostic/_Section.cshtml";
    public EntreeSommaire? Sommaire => new("Diagnostic", "diagnostic");

    public Task<object?> ChargerAsync(Personne personne, CancellationToken ct) => Task.FromResult<object?>(personne.Id);
}
