using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Support;
using static Passerelle.Tests.Features.Dossiers.DonneesDossiers;

namespace Passerelle.Tests.Features.Dossiers;

/// <summary>A merge posted with a person of another département: refused as a missing person, nothing merged.</summary>
public sealed class DoublonsPerimetreEcrituresTests(Application app) : IClassFixture<Application>
{
    [Fact]
    public async Task Fusion_avec_une_personne_d_un_autre_departement_est_refusee_et_rien_ne_change()
    {
        var nom = NomUnique();
        var ici = (await CreerAsync(app, "49", Angers, "49007", "ANGERS", new PersonneDeTest(nom, "CAROLE", new DateOnly(1979, 4, 17)))).Personnes[0];
        var ailleurs = (await CreerAsync(app, "37", null, "37261", "TOURS", new PersonneDeTest(nom, "CAROLE", new DateOnly(1979, 4, 17)))).Personnes[0];
        using var agent = await Navigateur.ConnecteAsync(app, "agent@49");

        string Champ(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (gardee, absorbee) in new[] { (ici, ailleurs), (ailleurs, ici) })
        {
            var reponse = await agent.SoumettreAsync("/dossiers/doublons",
                [new("Saisie.GardeeId", Champ(gardee)), new("Saisie.VersionGardee", "0"), new("Saisie.AbsorbeeId", Champ(absorbee)), new("Saisie.VersionAbsorbee", "0")]);
            Assert.Contains("n'existe plus", (await agent.PageAsync(reponse.Headers.Location!.OriginalString)).Body?.TextContent, StringComparison.Ordinal);
        }

        var (p49, p37) = (await app.DansDepartementAsync("49", db => db.Personnes.AsNoTracking().SingleAsync(p => p.Id == ici)),
            await app.DansDepartementAsync("37", db => db.Personnes.AsNoTracking().SingleAsync(p => p.Id == ailleurs)));
        Assert.Equal((null, null, 0, 0), (p49.FusionneeDansId, p37.FusionneeDansId, p49.Version, p37.Version));
        Assert.Equal(1, await app.DansDepartementAsync("49", db => db.MembresFoyer.CountAsync(m => m.PersonneId == ici)));
    }
}
