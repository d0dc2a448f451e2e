using Microsoft.AspNetCore.Authorization;

namespace Passerelle.Web.Platform.Securite;

/// <summary>The requirement "this user may see this resource", checked by resource-based handlers each feature registers.</summary>
public sealed class ConsulterRequirement : IAuthorizationRequirement
{
    public static readonly ConsulterRequirement Instance = new();
}
