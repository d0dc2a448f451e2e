using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Passerelle.Tests.Support;

namespace Passerelle.Tests.Features.Acces.Sso;

/// <summary>The application configured with single sign-on against a <see cref="FournisseurOidc"/> started beside it.</summary>
public sealed class ApplicationSso : Application
{
    public const string NomFournisseur = "Fournisseur de test";

    public FournisseurOidc Fournisseur { get; } = new();

    public override async Task InitializeAsync()
    {
        await Fournisseur.DemarrerAsync();
        await base.InitializeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnexionUnique:Autorite", Fournisseur.Autorite.ToString());
        builder.UseSetting("ConnexionUnique:ClientId", FournisseurOidc.ClientId);
        builder.UseSetting("ConnexionUnique:SecretClient", FournisseurOidc.Secret);
        builder.UseSetting("ConnexionUnique:NomFournisseur", NomFournisseur);
    }

    /// <summary>A browser on https (the provider's correlation cookies are Secure).</summary>
    public Navigateur Navigateur() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>Clicks "Se connecter avec …" and signs in at the provider; returns Passerelle's redirect back (code and state).</summary>
    public async Task<Uri> AllerRetourFournisseurAsync(Navigateur navigateur, string email, bool doubleFacteur = false)
    {
        var depart = await navigateur.SoumettreAsync("/connexion", [], action: "/connexion/sso");
        var demande = depart.Headers.Location ?? throw new InvalidOperationException($"Pas de redirection vers le fournisseur ({depart.StatusCode}).");
        Assert.StartsWith(Fournisseur.Autorite.ToString(), demande.ToString(), StringComparison.Ordinal);
        return await FournisseurOidc.VisiterAsync(demande, email, doubleFacteur);
    }

    /// <summary>The whole single sign-on; returns Passerelle's last answer (its redirect after sign-in or refusal).</summary>
    public async Task<HttpResponseMessage> ConnecterAsync(Navigateur navigateur, string email, bool doubleFacteur = false)
    {
        var retour = await AllerRetourFournisseurAsync(navigateur, email, doubleFacteur);
        return await SuivreAsync(navigateur, retour);
    }

    /// <summary>Passerelle's callback, then its redirect to the end of sign-in when it accepted the provider's answer.</summary>
    public static async Task<HttpResponseMessage> SuivreAsync(Navigateur navigateur, Uri retour)
    {
        var reponse = await navigateur.GetAsync(retour.PathAndQuery);
        return reponse.Headers.Location?.OriginalString is { } suite && suite.StartsWith("/connexion/sso/fin", StringComparison.Ordinal)
            ? await navigateur.GetAsync(suite)
            : reponse;
    }

    protected override ValueTask LibererAsync() => Fournisseur.DisposeAsync();
}
