using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Envois;
using Passerelle.Web.Features.Personnes;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Conservation;

/// <summary>Retention, anonymisation and the subject-access export (docs/operations.md, Conservation des données).</summary>
public static class ConservationApi
{
    /// <summary>
    /// The subject-access export answers a person's request, which the département handles as a whole: an
    /// agent whose habilitation covers the whole département (not a territoire, not a structure).
    /// </summary>
    public const string DroitAcces = "droit-acces";

    public static IServiceCollection AddConservation(this IServiceCollection services)
    {
        services.AddSectionPersonne<SectionDonneesPersonnelles>();
        services.AddAuthorizationBuilder().AddPolicy(DroitAcces, p => p.RequireAssertion(c =>
            CurrentUser.LireHabilitations(c.User).Any(h => h.Role == Role.AgentDepartemental && h.TerritoireId is null)));
        services.AddScoped<FinAccompagnement>().AddScoped<AnonymisationPersonnes>().AddScoped<ExecutionConservation>().AddScoped<CollecteDonneesPersonne>();
        services.AddHostedService<TacheConservation>();
        return services;
    }

    public static IEndpointRouteBuilder MapConservationApi(this IEndpointRouteBuilder api)
    {
        var personnes = api.MapGroup("/personnes/{id:int}").RequireAuthorization(DroitAcces);
        personnes.MapGet("/donnees-personnelles", async Task<Results<Ok<DonneesPersonne>, NotFound>> (int id, CollecteDonneesPersonne collecte, AuditJournal audit, CancellationToken ct) =>
                await collecte.CollecterAsync(id, ct) is { } donnees
                    ? await Journaliser(audit, id, "JSON", TypedResults.Ok(donnees), ct)
                    : TypedResults.NotFound())
            .WithSummary("Droit d'accès (RGPD, article 15) : tout ce que Passerelle détient sur une personne, informations sensibles comprises. "
                + "Réservé aux agents départementaux habilités sur tout le département ; chaque export est journalisé ; 404 hors du département.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        personnes.MapGet("/donnees-personnelles.pdf", async Task<Results<FileContentHttpResult, NotFound>> (int id, CollecteDonneesPersonne collecte,
                AppDbContext db, AuditJournal audit, CancellationToken ct) =>
            {
                if (await collecte.CollecterAsync(id, ct) is not { } donnees) return TypedResults.NotFound();
                var departement = await db.Departements.Where(d => d.Id == db.TenantId).Select(d => d.Nom).SingleAsync(ct);
                var identite = donnees.Sections[0].Elements[0];
                var courrier = new Courrier($"Département {departement}", [$"{identite["Prénoms"]} {identite["Nom"]}"], donnees.ExporteLe,
                    "Données personnelles détenues par Passerelle (droit d'accès, article 15 du RGPD)", Corps(donnees));
                return await Journaliser(audit, id, "PDF", TypedResults.File(RenduCourrier.Pdf(courrier), "application/pdf", $"donnees-personne-{id}.pdf"), ct);
            })
            .WithSummary("Le même export en PDF lisible.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<T> Journaliser<T>(AuditJournal audit, int id, string format, T resultat, CancellationToken ct)
    {
        await audit.EnregistrerMaintenantAsync(AuditActions.ExportDonneesPersonnelles, nameof(Dossiers.Personne), id, $"Format {format}", ct: ct);
        return resultat;
    }

    private static string Corps(DonneesPersonne donnees)
    {
        var texte = new StringBuilder();
        foreach (var section in donnees.Sections)
        {
            texte.Append(CultureInfo.InvariantCulture, $"\n{section.Titre.ToUpperInvariant()}\n");
            if (section.Elements.Count == 0) texte.Append("Aucune donnée.\n");
            foreach (var element in section.Elements)
            {
                foreach (var (libelle, valeur) in element.Where(v => !string.IsNullOrWhiteSpace(v.Value)))
                    texte.Append(CultureInfo.InvariantCulture, $"{libelle} : {valeur}\n");
                texte.Append('\n');
            }
        }
        return texte.ToString();
    }
}
