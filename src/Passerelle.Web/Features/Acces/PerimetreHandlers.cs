using Microsoft.AspNetCore.Authorization;
using Passerelle.Web.Features.Structures;
using Passerelle.Web.Features.Territoires;

namespace Passerelle.Web.Features.Acces;

/// <summary>The requirement "this user may see this resource", checked by resource-based handlers.</summary>
public sealed class ConsulterRequirement : IAuthorizationRequirement
{
    public static readonly ConsulterRequirement Instance = new();
}

internal sealed class StructureHandler : AuthorizationHandler<ConsulterRequirement, Structure>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ConsulterRequirement requirement, Structure resource)
    {
        var perimetre = new Perimetre(CurrentUser.LireHabilitations(context.User));
        if (perimetre.PeutVoirStructure(resource.Id, resource.Territoires.Select(t => t.TerritoireId)))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

internal sealed class TerritoireHandler : AuthorizationHandler<ConsulterRequirement, Territoire>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ConsulterRequirement requirement, Territoire resource)
    {
        if (new Perimetre(CurrentUser.LireHabilitations(context.User)).PeutVoirTerritoire(resource.Id))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
