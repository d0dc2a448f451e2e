using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Passerelle.Tests.Features.Envois;
using Passerelle.Tests.Features.Sorties;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Prescriptions;
using Passerelle.Web.Platform;

namespace Passerelle.Tests.Features.Prescriptions;

/// <summary>The operator is told of a new prescription by a real SMTP server, reminded at 10 days, and the prescription expires at 30 (configurable).</summary>
public sealed class RelancesPrescriptionsTests(EnvoisDeTest envois) : IClassFixture<EnvoisDeTest>
{
    private const string Operateur = "operateur@49.passerelle.test";

    [Fact]
    public async Task Operateur_averti_sans_donnee_personnelle_relance_a_10_jours_puis_prescription_expiree_a_30()
    {
        var app = envois.App;
        var action = await PrescriptionsDeTest.ActionPublieeAsync(app, 5);
        var p = await SortiesDeTest.AccompagneeAsync(app);
        using var referent = await Navigateur.ConnecteAsync(app, "referent@49");
        Assert.Null(await PrescriptionsDeTest.PrescrireAsync(referent, p.PersonneId, action));
        var prescription = await PrescriptionsDeTest.DerniereAsync(app, p.PersonneId);
        var avant = envois.Smtp.RecusPour(Operateur).Count;

        Assert.Contains("1 prescription(s) annoncée(s)", await ExecuterAsync(0), StringComparison.Ordinal);
        var annonce = envois.Smtp.RecusPour(Operateur).Skip(avant).Single();
        Assert.StartsWith("Nouvelle prescription", annonce.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain(prescription.Partage.Nom, annonce.TextBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("annoncée", await ExecuterAsync(0) ?? "", StringComparison.Ordinal);

        Assert.DoesNotContain("relance", await ExecuterAsync(9) ?? "", StringComparison.Ordinal);
        Assert.Contains("1 relance(s)", await ExecuterAsync(10), StringComparison.Ordinal);
        Assert.Contains(envois.Smtp.RecusPour(Operateur), m => (m.Subject ?? "").StartsWith("Relance", StringComparison.Ordinal));
        Assert.Equal(StatutPrescription.Envoyee, (await PrescriptionsDeTest.DerniereAsync(app, p.PersonneId)).Statut);
        Assert.Contains("1 expirée(s)", await ExecuterAsync(30), StringComparison.Ordinal);
        Assert.Equal(StatutPrescription.Expiree, (await PrescriptionsDeTest.DerniereAsync(app, p.PersonneId)).Statut);

        async Task<string?> ExecuterAsync(int jours) => await envois.DansDepartementAsync("49", async (services, _) =>
        {
            var heure = ActivatorUtilities.CreateInstance<HeureLegale>(services, new FakeTimeProvider(new DateTimeOffset(prescription.PrescriteLe.AddDays(jours).AddMinutes(1), TimeSpan.Zero)));
            return await ActivatorUtilities.CreateInstance<RelancesPrescriptions>(services, heure).ExecuterAsync(CancellationToken.None);
        });
    }
}
