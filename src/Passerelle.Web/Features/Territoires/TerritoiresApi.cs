using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Acces.ClesApi;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Territoires;

public static class TerritoiresApi
{
    /// <summary>Who may list territoires: those whose work is organised by territoire.</summary>
    public const string PolitiqueLecture = "territoires-lecture";

    public static readonly Role[] RolesLecture = [Role.Administrateur, Role.AgentDepartemental, Role.PiloteProgramme];

    public sealed record TerritoireDto(int Id, string Nom, bool Actif, IReadOnlyList<string> Communes);

    public static IServiceCollection AddTerritoires(this IServiceCollection services)
    {
        services.AddScoped<ReglesTerritoire>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, TerritoireHandler>();
        services.AddAuthorizationBuilder().AddPolicy(PolitiqueLecture, p => p.RequireRole(RolesLecture.Select(r => r.ToString())));
        return services;
    }

    public static IEndpointRouteBuilder MapTerritoiresApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/territoires", async (AppDbContext db, CurrentUser user, CancellationToken ct) =>
            {
                var perimetre = new Perimetre(user.Habilitations);
                var visibles = perimetre.Territoires.ToList();
                var requete = perimetre.ToutLeDepartement ? db.Territoires : db.Territoires.Where(t => visibles.Contains(t.Id));
                var territoires = await requete.OrderBy(t => t.Nom)
                    .Select(t => new TerritoireDto(t.Id, t.Nom, t.Actif, t.Communes.OrderBy(c => c.CodeInsee).Select(c => c.CodeInsee).ToList()))
                    .ToListAsync(ct);
                return TypedResults.Ok(territoires);
            })
            .RequireAuthorization(PolitiqueLecture)
            .AccepteCle(PorteesApi.ReferentielsLecture)
            .WithSummary("Les territoires du département (ou celui de l'agent territorial), avec les codes INSEE de leurs communes.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }
}
