using Microsoft.AspNetCore.Authorization;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Territoires;

/// <summary>A territoire is visible within the user's <see cref="Perimetre"/>.</summary>
internal sealed class TerritoireHandler : AuthorizationHandler<ConsulterRequirement, Territoire>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ConsulterRequirement requirement, Territoire resource)
    {
        if (new Perimetre(CurrentUser.LireHabilitations(context.User)).PeutVoirTerritoire(resource.Id))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
