using Microsoft.AspNetCore.Authorization;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Structures;

/// <summary>A structure is visible within the user's <see cref="Perimetre"/>.</summary>
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
