using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Passerelle.Web.Platform;

/// <summary>
/// Behind a TLS reverse proxy, the client's address and scheme come from X-Forwarded-For and X-Forwarded-Proto,
/// believed only from the proxies listed in <c>ProxyInverse:Proxies</c> (addresses) and <c>ProxyInverse:Reseaux</c>
/// (CIDR networks). With neither listed, the headers are ignored: anyone could otherwise pick their address
/// and escape the sign-in slowdown per address. See docs/operations.md, section TLS.
/// </summary>
public static class ProxyInverse
{
    public static IServiceCollection AddProxyInverse(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection("ProxyInverse:Proxies").Get<string[]>() ?? [];
        var reseaux = configuration.GetSection("ProxyInverse:Reseaux").Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var p in proxies) o.KnownProxies.Add(IPAddress.Parse(p));
            foreach (var r in reseaux) o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(r));
        });
        return services;
    }

    public static WebApplication UseProxyInverse(this WebApplication app)
    {
        var configuration = app.Configuration;
        if (configuration.GetSection("ProxyInverse:Proxies").Get<string[]>() is { Length: > 0 }
            || configuration.GetSection("ProxyInverse:Reseaux").Get<string[]>() is { Length: > 0 })
            app.UseForwardedHeaders();
        return app;
    }
}
