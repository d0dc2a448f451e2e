using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Microsoft.AspNetCore.Mvc.Testing;
using Passerelle.Tests.Support;

namespace Passerelle.Tests.Features.Offre;

/// <summary>The published offer, anonymous and in data·inclusion v1: every structure and service valid against the official schemas.</summary>
public sealed class DataInclusionTests(Application app) : IClassFixture<Application>
{
    private static JsonSchema Schema(string nom)
    {
        using var flux = typeof(DataInclusionTests).Assembly.GetManifestResourceStream($"data-inclusion-schema/{nom}.json")!;
        using var lecteur = new StreamReader(flux);
        return JsonSchema.FromText(lecteur.ReadToEnd());
    }

    private HttpClient Anonyme() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    [Theory]
    [InlineData("structures", "structure")]
    [InlineData("services", "service")]
    public async Task Export_public_est_valide_contre_le_schema_officiel(string point, string schema)
    {
        using var client = Anonyme();
        var reponse = await client.GetAsync(new Uri($"/api/v1/public/49/data-inclusion/{point}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        using var document = JsonDocument.Parse(await reponse.Content.ReadAsStringAsync());
        Assert.NotEqual(0, document.RootElement.GetArrayLength());
        Assert.Empty(Erreurs(document.RootElement, schema));
    }

    /// <summary>Every element of an exported array checked against the official schema: « id : place error » for each failure.</summary>
    public static IReadOnlyList<string> Erreurs(JsonElement tableau, string schema)
    {
        var validation = Schema(schema);
        var options = new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
        return [.. tableau.EnumerateArray().Select(element => (element, resultat: validation.Evaluate(element, options))).Where(x => !x.resultat.IsValid)
            .Select(x => $"{x.element.GetProperty("id")} : " + string.Join(" ; ", (x.resultat.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} {e.Value}"))))];
    }

    [Fact]
    public void Schema_refuse_un_service_hors_vocabulaire()
    {
        using var document = JsonDocument.Parse("""
            {"source":"passerelle-49","structure_id":"1","id":"1","nom":"Essai","description":"Une action.","date_maj":"2026-12-04","thematiques":["inventee"],"courriel":"pas-une-adresse"}
            """);
        Assert.False(Schema("service").Evaluate(document.RootElement, new EvaluationOptions { RequireFormatValidation = true }).IsValid);
    }

    [Fact]
    public async Task Seules_les_actions_publiees_sortent_avec_leur_zone_d_eligibilite()
    {
        using var client = Anonyme();
        var services = JsonNode.Parse(await client.GetStringAsync(new Uri("/api/v1/public/49/data-inclusion/services", UriKind.Relative)))!.AsArray();
        var noms = services.Select(s => s!["nom"]!.GetValue<string>()).ToList();
        Assert.Contains("Plateforme mobilité : diagnostic et solutions de transport", noms);
        Assert.DoesNotContain("Remobilisation par le sport et la culture", noms);
        var plateforme = services.First(s => s!["nom"]!.GetValue<string>().StartsWith("Plateforme mobilité", StringComparison.Ordinal))!;
        Assert.Equal("passerelle-49", plateforme["source"]!.GetValue<string>());
        Assert.Equal(["49"], plateforme["zone_eligibilite"]!.AsArray().Select(z => z!.GetValue<string>()));
        Assert.Equal(["professionnels"], plateforme["mobilisable_par"]!.AsArray().Select(z => z!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/api/v1/public/99/data-inclusion/services", UriKind.Relative))).StatusCode);
        // Each département publishes its own offer only.
        Assert.DoesNotContain("passerelle-49", await client.GetStringAsync(new Uri("/api/v1/public/37/data-inclusion/services", UriKind.Relative)), StringComparison.Ordinal);
    }
}
