using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Acces.ClesApi;
using Passerelle.Web.Features.Dossiers.Avertissements;
using Passerelle.Web.Features.Dossiers.Fiche;
using Passerelle.Web.Features.Dossiers.Recherche;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Dossiers;

public static class DossiersApi
{
    public static IServiceCollection AddDossiers(this IServiceCollection services) =>
        services.AddSingleton<ProtectionNir>().AddScoped<FabriquePerimetreDossiers>()
            .AddScoped(sp => sp.GetRequiredService<FabriquePerimetreDossiers>().Pour(sp.GetRequiredService<CurrentUser>()))
            .AddScoped<RechercheDossiers>().AddScoped<Doublons.FusionPersonnes>().AddAvertissements();

    public static IEndpointRouteBuilder MapDossiersApi(this IEndpointRouteBuilder api)
    {
        var dossiers = api.MapGroup("/dossiers").RequireAuthorization(Politiques.Dossiers);
        dossiers.MapAvertissementsApi();

        dossiers.MapGet("/", async Task<Results<Ok<Page<ResultatDossier>>, ValidationProblem>> ([AsParameters] FiltreDossiers filtre,
                int? page, int? taille, string? tri, string? sens, RechercheDossiers recherche, CancellationToken ct) =>
            {
                var ordre = TriDossiers.Nom;
                if (tri is not null && (!Enum.TryParse(tri, ignoreCase: true, out ordre) || !Enum.IsDefined(ordre)))
                    return Refus(new Dictionary<string, string> { ["tri"] = $"Tri inconnu : {tri}. Valeurs permises : nom, naissance, commune, etat." });
                var (requete, erreurs) = await recherche.PreparerAsync(filtre, ordre, sens == "desc", ct);
                if (requete is null) return Refus(erreurs);
                return TypedResults.Ok(await recherche.PaginerAsync(requete, page, taille, ct));
            })
            .WithSummary("Les personnes et leur dossier RSA courant dans le périmètre de l'utilisateur, par page (page à partir de 1, taille de 1 à 100) ; "
                + "critères nom, nir (15 ou 13 caractères), matricule, numDemRsa, commune (nom ou code INSEE), territoireId, etatDroit, sdd, entreeDu, entreeAu, avecRetours ; "
                + "tri nom|naissance|commune|etat et sens asc|desc. Le NIR est masqué pour les rôles qui n'en ont pas besoin.")
            .AccepteCle(PorteesApi.DossiersLecture)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        dossiers.MapGet("/{id:int}", async Task<Results<Ok<FicheDossier>, NotFound>> (int id,
                AppDbContext db, PerimetreDossiers perimetre, AuditJournal audit, ProtectionNir protection, CancellationToken ct) =>
            {
                var fiche = await FicheDossier.ChargerAsync(db, perimetre, protection, id, ct);
                if (fiche is null) return TypedResults.NotFound();
                await audit.EnregistrerMaintenantAsync(AuditActions.Consultation, nameof(DossierRsa), id, ct: ct);
                return TypedResults.Ok(fiche);
            })
            .WithSummary("Un dossier RSA : foyer, personnes, droit et son historique, imports. Chaque lecture est journalisée ; 404 hors du périmètre de l'utilisateur ou d'un autre département.")
            .AccepteCle(PorteesApi.DossiersLecture)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static ValidationProblem Refus(IReadOnlyDictionary<string, string> erreurs) => TypedResults.ValidationProblem(
        erreurs.ToDictionary(e => JsonNamingPolicy.CamelCase.ConvertName(e.Key), e => new[] { e.Value }),
        title: "La recherche n'a pas été faite : corrigez les critères signalés.");
}
