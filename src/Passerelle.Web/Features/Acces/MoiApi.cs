using Passerelle.Web.Platform.Securite;
namespace Passerelle.Web.Features.Acces;

public static class MoiApi
{
    public sealed record HabilitationDto(string Role, int? StructureId, int? TerritoireId);

    public sealed record MoiDto(string Id, string? Email, string? Nom, int DepartementId, IReadOnlyList<HabilitationDto> Habilitations);

    public static IEndpointRouteBuilder MapMoiApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/moi", (CurrentUser user) => TypedResults.Ok(new MoiDto(
                user.Id!, user.Email, user.NomComplet, user.DepartementId!.Value,
                user.Habilitations.Select(h => new HabilitationDto(h.Role.ToString(), h.StructureId, h.TerritoireId)).ToList())))
            .WithSummary("L'utilisateur connecté, son département et ses habilitations.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return api;
    }
}
