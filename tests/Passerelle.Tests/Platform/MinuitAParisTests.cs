using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Cohortes;
using Passerelle.Web.Features.Orientation;
using static Passerelle.Tests.Features.Portefeuille.DonneesPortefeuille;

namespace Passerelle.Tests.Platform;

/// <summary>
/// The application on a server whose clock reads 23:30 UTC on 14 January 2027 (far from the day the
/// suite runs, so the real clock cannot pass for it): in Paris it is already 00:30 on 15 January,
/// and every "today" of the agents' pages must say so.
/// </summary>
public sealed class ApplicationAMinuitParis : Application
{
    public static readonly DateOnly Hier = new(2027, 1, 14);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2027, 1, 14, 23, 30, 0, TimeSpan.Zero))));
    }
}

public sealed class MinuitAParisTests(ApplicationAMinuitParis app) : IClassFixture<ApplicationAMinuitParis>
{
    [Fact]
    public async Task File_en_retard_a_00h30_a_Paris_compte_le_jour_de_Paris()
    {
        var (territoire, nom) = await Features.Cohortes.DonneesCohortes.CreerTerritoireAsync(app);
        var echue = await Features.Cohortes.DonneesCohortes.CreerAsync(app, nom,
            p => (p.Etape, p.EcheanceOrientation, p.EcheanceProchaine) = (EtapeParcours.Invite, ApplicationAMinuitParis.Hier, ApplicationAMinuitParis.Hier));
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@49");
        var page = await navigateur.PageAsync($"/cohortes/{FilesDeTravail.RetardOrientation.Code}?Filtre.TerritoireId={territoire}");
        Assert.Equal([echue.NomComplet], page.QuerySelectorAll("#cohorte tbody th").Select(th => th.TextContent.Trim()));
        Assert.Equal(["1 jour"], page.QuerySelectorAll("#cohorte tbody td.retard").Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public async Task Portefeuille_a_00h30_a_Paris_compte_le_jour_de_Paris()
    {
        var moi = await NouveauReferentAsync(app, (await CompteAsync(app, "referent@49")).StructureId);
        var echue = await SuivieAsync(app, moi, ApplicationAMinuitParis.Hier);
        using var navigateur = await Navigateur.ConnecteAsync(app, moi.Login);
        var page = await navigateur.PageAsync("/portefeuille");
        Assert.Equal("En retard de 1 jour", page.QuerySelector($"tr[data-personne='{echue.PersonneId}'] .retard")?.TextContent);
    }

    [Fact]
    public async Task Export_a_00h30_a_Paris_porte_l_heure_de_Paris_dans_son_nom()
    {
        using var navigateur = await Navigateur.ConnecteAsync(app, "agent@49");
        var reponse = await navigateur.GetAsync("/dossiers?Filtre.Nom=PERSONNE-INEXISTANTE&format=csv");
        Assert.Equal("attachment; filename=\"dossiers-20270115-003000.csv\"", reponse.Content.Headers.ContentDisposition?.ToString());
    }
}
