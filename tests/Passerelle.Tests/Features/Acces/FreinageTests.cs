using System.Net;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Acces;

namespace Passerelle.Tests.Features.Acces;

public sealed class FreinageTests(ApplicationSessions app) : IClassFixture<ApplicationSessions>
{
    private const string Mauvais = "Mauvais-mot-2026!";

    [Fact]
    public async Task Apres_cinq_echecs_le_bon_mot_de_passe_attend_le_delai_depuis_cette_adresse_seulement()
    {
        var (email, _) = await app.CreerCompteAsync("freinage");
        using var attaquant = app.Navigateur("203.0.113.20");
        for (var i = 0; i < 5; i++)
            await ApplicationSessions.ConnecterAsync(attaquant, email, Mauvais);

        var pendantLeDelai = await ApplicationSessions.ConnecterAsync(attaquant, email);
        Assert.Equal(HttpStatusCode.OK, pendantLeDelai.StatusCode);
        Assert.Equal(ConnexionModel.MessageEchec, await MessageAsync(pendantLeDelai));

        using var titulaire = app.Navigateur("203.0.113.21");
        Assert.Equal(HttpStatusCode.Redirect, (await ApplicationSessions.ConnecterAsync(titulaire, email)).StatusCode);

        app.Horloge.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(HttpStatusCode.Redirect, (await ApplicationSessions.ConnecterAsync(attaquant, email)).StatusCode);
    }

    [Fact]
    public async Task Delai_double_a_chaque_echec_au_dela_du_seuil()
    {
        var (email, _) = await app.CreerCompteAsync("doublement");
        using var attaquant = app.Navigateur("203.0.113.30");
        for (var i = 0; i < 6; i++)
        {
            await ApplicationSessions.ConnecterAsync(attaquant, email, Mauvais);
            if (i == 4) app.Horloge.Advance(TimeSpan.FromSeconds(31));
        }
        app.Horloge.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(HttpStatusCode.OK, (await ApplicationSessions.ConnecterAsync(attaquant, email)).StatusCode);
        app.Horloge.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.Redirect, (await ApplicationSessions.ConnecterAsync(attaquant, email)).StatusCode);
    }

    [Fact]
    public async Task Adresse_essayant_de_nombreux_comptes_est_retardee_sur_tous()
    {
        var (email, _) = await app.CreerCompteAsync("pulverisation");
        using var pulverisateur = app.Navigateur("203.0.113.40");
        for (var i = 0; i < 20; i++)
            await ApplicationSessions.ConnecterAsync(pulverisateur, $"essai-{i}-{Guid.NewGuid():N}@49.passerelle.test", Mauvais);

        var refus = await ApplicationSessions.ConnecterAsync(pulverisateur, email);
        Assert.Equal(ConnexionModel.MessageEchec, await MessageAsync(refus));
        using var autre = app.Navigateur("203.0.113.41");
        Assert.Equal(HttpStatusCode.Redirect, (await ApplicationSessions.ConnecterAsync(autre, email)).StatusCode);
    }

    [Fact]
    public async Task Compte_inconnu_et_mauvais_mot_de_passe_recoivent_le_meme_message()
    {
        var (email, _) = await app.CreerCompteAsync("enumeration");
        using var navigateur = app.Navigateur("203.0.113.50");
        var inconnu = await ApplicationSessions.ConnecterAsync(navigateur, $"personne-{Guid.NewGuid():N}@49.passerelle.test", Mauvais);
        var mauvais = await ApplicationSessions.ConnecterAsync(navigateur, email, Mauvais);
        Assert.Equal(inconnu.StatusCode, mauvais.StatusCode);
        Assert.Equal(ConnexionModel.MessageEchec, await MessageAsync(inconnu));
        Assert.Equal(ConnexionModel.MessageEchec, await MessageAsync(mauvais));
    }

    private static async Task<string?> MessageAsync(HttpResponseMessage reponse) =>
        (await Navigateur.DocumentAsync(reponse)).QuerySelector("[role=alert] p")?.TextContent;
}
