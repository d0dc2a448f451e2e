using Passerelle.Tests.Support;

namespace Passerelle.Tests.Platform;

public sealed class ProfilRequeteTests(ApplicationProfilee app) : IClassFixture<ApplicationProfilee>
{
    [Fact]
    public async Task Page_avec_profil_actif_detaille_sql_gestionnaire_et_rendu()
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@49");
        var reponse = await navigateur.GetAsync("/cohortes");
        var entete = string.Join(", ", reponse.Headers.GetValues("Server-Timing"));
        Assert.Matches("^sql;dur=[0-9.]+;desc=\"[0-9]+ commandes\", avant;dur=[0-9.]+;desc=\"[^\"]+\", page;dur=[0-9.]+;desc=\"[^\"]+\", rendu;dur=[0-9.]+;desc=\"[^\"]+\", total;dur=[0-9.]+$", entete);
        Assert.True(ApplicationProfilee.Commandes(reponse) > 0);
    }

    [Fact]
    public async Task Point_de_sante_sans_page_ne_compte_que_le_sql_et_le_total()
    {
        using var navigateur = Navigateur.Anonyme(app);
        var reponse = await navigateur.GetAsync("/healthz");
        Assert.Matches("^sql;dur=[0-9.]+;desc=\"[0-9]+ commandes\", total;dur=[0-9.]+$", string.Join(", ", reponse.Headers.GetValues("Server-Timing")));
    }
}

public sealed class ProfilRequeteInactifTests(Application app) : IClassFixture<Application>
{
    [Fact]
    public async Task Page_sans_profil_configure_n_envoie_aucun_temps()
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@49");
        var reponse = await navigateur.GetAsync("/cohortes");
        Assert.Equal(System.Net.HttpStatusCode.OK, reponse.StatusCode);
        Assert.False(reponse.Headers.Contains("Server-Timing"));
    }
}
