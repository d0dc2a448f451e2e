using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Passerelle.Tests.Support;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Acces;
using Passerelle.Web.Features.Departements;
using Passerelle.Web.Platform;

namespace Passerelle.Tests.Platform;

public sealed class HeureLegaleTests(Application app) : IClassFixture<Application>
{
    /// <summary>The legal clock of the département with this code at this instant, as a request of that département would get it.</summary>
    private async Task<HeureLegale> HeureAsync(string code, DateTimeOffset instant)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var id = await db.Departements.Where(d => d.Code == code).Select(d => (int?)d.Id).SingleOrDefaultAsync();
        if (id is null)
        {
            var departement = new Departement { Code = code, Nom = "Département " + code };
            db.Departements.Add(departement);
            await db.SaveChangesAsync();
            id = departement.Id;
        }
        scope.ServiceProvider.GetRequiredService<TenantContext>().Utiliser(id.Value);
        var heure = ActivatorUtilities.CreateInstance<HeureLegale>(scope.ServiceProvider, new FakeTimeProvider(instant));
        _ = heure.Fuseau;
        return heure;
    }

    [Theory]
    [InlineData("49", "2026-12-02T23:30:00Z", "2026-12-03")]
    [InlineData("49", "2026-07-01T22:30:00Z", "2026-07-02")]
    [InlineData("49", "2026-07-01T21:30:00Z", "2026-07-01")]
    [InlineData("974", "2026-12-02T20:30:00Z", "2026-12-03")]
    [InlineData("976", "2026-12-02T20:30:00Z", "2026-12-02")]
    [InlineData("971", "2026-12-03T02:00:00Z", "2026-12-02")]
    [InlineData("973", "2026-12-03T03:30:00Z", "2026-12-03")]
    public async Task Aujourdhui_est_le_jour_legal_du_departement(string code, string instant, string jour)
    {
        var heure = await HeureAsync(code, DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture));
        Assert.Equal(DateOnly.Parse(jour, CultureInfo.InvariantCulture), heure.Aujourdhui);
    }

    [Fact]
    public async Task Heure_saisie_devient_l_instant_utc_du_departement()
    {
        var paris = await HeureAsync("49", DateTimeOffset.UnixEpoch);
        var reunion = await HeureAsync("974", DateTimeOffset.UnixEpoch);
        Assert.Equal(new DateTime(2026, 12, 3, 8, 0, 0, DateTimeKind.Utc), paris.VersUtc(new DateOnly(2026, 12, 3), new TimeOnly(9, 0)));
        Assert.Equal(new DateTime(2026, 12, 3, 5, 0, 0, DateTimeKind.Utc), reunion.VersUtc(new DateOnly(2026, 12, 3), new TimeOnly(9, 0)));
        Assert.Equal("03/12/2026 09:00", reunion.Horodatage(new DateTime(2026, 12, 3, 5, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(new DateTime(2026, 3, 28, 23, 0, 0, DateTimeKind.Utc), paris.DebutDuJourUtc(new DateOnly(2026, 3, 29)));
        Assert.Equal(new DateTime(2026, 3, 29, 22, 0, 0, DateTimeKind.Utc), paris.DebutDuJourUtc(new DateOnly(2026, 3, 30)));
    }
}
