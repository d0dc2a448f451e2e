using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Demo;

namespace Passerelle.BrowserTests.Support;

/// <summary>
/// The real application served by Kestrel on a free loopback port, so that a real browser can
/// reach it, on the same throwaway database and demo data (49 and 37) as the integration tests.
/// </summary>
public sealed class ApplicationKestrel : WebApplicationFactory<Program>, IAsyncLifetime
{
    public ApplicationKestrel() => UseKestrel(o => o.Listen(IPAddress.Loopback, 0));

    public BaseDeTest Base { get; } = new();

    /// <summary>Root URL of the running application, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Adresse { get; private set; } = null!;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Test");
        builder.UseSetting("Database:Provider", Base.Provider);
        builder.UseSetting($"ConnectionStrings:{Base.Provider}", Base.ChaineConnexion);
        builder.UseSetting("Database:SeedDemo", "false");
    }

    public async Task InitializeAsync()
    {
        StartServer();
        var adresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        Adresse = new Uri(adresses.Single());
        await DonneesDemo.RemplirAsync(Services, new OptionsDemo(Departements: ["49", "37"], ReferentsParStructure: 1));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await Base.DisposeAsync();
    }
}
