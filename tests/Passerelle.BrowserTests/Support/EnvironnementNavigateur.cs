using Microsoft.Playwright;

namespace Passerelle.BrowserTests.Support;

/// <summary>
/// What every browser test shares: the application on Kestrel and one headless Chromium.
/// Each test opens its own browser context (cookies, storage), so tests stay independent.
/// </summary>
public sealed class EnvironnementNavigateur : IAsyncLifetime
{
    public const string Collection = "Navigateur";

    /// <summary>Debian's chromium package; Playwright's own browser download is not used here.</summary>
    private const string Chromium = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public ApplicationKestrel Application { get; } = new();

    public IBrowser Navigateur { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
            throw new InvalidOperationException($"{Chromium} est introuvable : installez le paquet Debian « chromium » (apt-get install -y chromium).");
        await Application.InitializeAsync();
        playwright = await Playwright.CreateAsync();
        Navigateur = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Navigateur is not null) await Navigateur.DisposeAsync();
        playwright?.Dispose();
        await ((IAsyncLifetime)Application).DisposeAsync();
    }
}

/// <summary>All browser tests share one application and one browser, and run one after another.</summary>
[CollectionDefinition(EnvironnementNavigateur.Collection)]
public sealed class CollectionNavigateur : ICollectionFixture<EnvironnementNavigateur>;
