using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.EquipesPluridisciplinaires;

namespace Passerelle.Tests.Features.EquipesPluridisciplinaires;

/// <summary>The demo gives the EP member something to read: a convened session of the département-wide EP, its dossiers informed.</summary>
public sealed class DemonstrationEpTests(Application app) : IClassFixture<Application>
{
    [Fact]
    public async Task Demo_membre_ep_lit_une_seance_convoquee_dont_les_personnes_sont_informees()
    {
        var seance = await app.DansDepartementAsync("49", db => db.Set<SeanceEp>().Where(s => s.Statut == StatutSeance.Convoquee && s.Equipe!.TerritoireId == null)
            .Select(s => new { s.Id, Dossiers = db.Set<DossierEp>().Count(d => d.SeanceEpId == s.Id && d.DateInformation != null) }).SingleAsync());
        Assert.InRange(seance.Dossiers, 1, 3);

        using var membre = await Navigateur.ConnecteAsync(app, "membre-ep@49");
        var page = await membre.PageAsync("/ep/seances");
        Assert.NotNull(page.QuerySelector($"a[href='/ep/seances/{seance.Id}']"));
        var fiche = await membre.PageAsync($"/ep/seances/{seance.Id}");
        Assert.Equal(seance.Dossiers, fiche.QuerySelectorAll("[id^='dossier-']").Length);
    }
}
