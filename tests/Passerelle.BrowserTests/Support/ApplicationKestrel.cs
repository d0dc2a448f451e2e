using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Tests.Support;

namespace Passerelle.BrowserTests.Support;

/// <summary>
/// The integration tests' application (same throwaway database, same demo data of 49 and 37, plus the Drôme whose PDIE
/// the steering scenarios read), served by Kestrel on a free loopback port so that a real browser can reach it.
/// </summary>
public sealed class ApplicationKestrel : Application
{
    public ApplicationKestrel() => UseKestrel(o => o.Listen(IPAddress.Loopback, 0));

    protected override IReadOnlyList<string> Departements => ["49", "37", "26"];

    /// <summary>Root URL of the running application, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Adresse => new(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
}
