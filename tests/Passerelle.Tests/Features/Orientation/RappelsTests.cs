using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Passerelle.Tests.Features.Envois;
using Passerelle.Web.Features.Accueil;
using Passerelle.Web.Features.Agenda;
using Passerelle.Web.Features.Envois;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Tests.Features.Orientation;

/// <summary>The reminder job against a real SMTP server: each reminder goes exactly once, even when two runs race.</summary>
public sealed class RappelsTests(EnvoisDeTest envois) : IClassFixture<EnvoisDeTest>
{
    private async Task<PersonneSuivie> PersonneAvecEmailAsync(string email)
    {
        var p = await ParcoursDeTest.CreerAsync(envois.App);
        await envois.App.DansDepartementAsync("49", db => db.Personnes.Where(x => x.Id == p.PersonneId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Email, email)));
        await Coordonnees.CoordonneesDeTest.ConsentirAsync(envois.App, p.PersonneId);
        return p;
    }

    private Task<int> RendezVousAsync(PersonneSuivie p, DateTime debut) =>
        envois.App.DansDepartementAsync("49", async db =>
        {
            var rdv = new RendezVous { PersonneId = p.PersonneId, ParcoursId = p.ParcoursId, Type = TypeRendezVous.EntretienOrientation, Debut = debut, Lieu = "Maison des solidarités", Convocation = true, CreePar = "test", CreeLe = DateTime.UtcNow };
            db.Add(rdv);
            await db.SaveChangesAsync();
            return rdv.Id;
        });

    private Task<BilanRappels> ExecuterAsync() =>
        envois.DansDepartementAsync("49", (services, _) => services.GetRequiredService<ServiceRappels>().ExecuterAsync(CancellationToken.None));

    private int RecusPour(string email, string objet) =>
        envois.Smtp.Recus.Count(m => m.To.Mailboxes.Any(b => b.Address == email) && (m.Subject ?? "").Contains(objet, StringComparison.Ordinal));

    [Fact]
    public async Task Un_rendez_vous_proche_est_rappele_une_seule_fois_meme_par_deux_executions_concurrentes()
    {
        var email = $"rappel-{Guid.NewGuid():N}@exemple.fr";
        var p = await PersonneAvecEmailAsync(email);
        await RendezVousAsync(p, DateTime.UtcNow.AddDays(1));
        var lointain = await RendezVousAsync(p, DateTime.UtcNow.AddDays(6));

        await Task.WhenAll(ExecuterAsync(), ExecuterAsync(), ExecuterAsync());
        await ExecuterAsync();

        Assert.Equal(1, RecusPour(email, "Rappel de votre rendez-vous"));
        var journal = await envois.JournalAsync("49", p.PersonneId);
        Assert.Single(journal, e => e.Cle.StartsWith("rappel-rdv:", StringComparison.Ordinal) && e.Canal == CanalEnvoi.Email && e.Statut == StatutEnvoi.Envoye);
        Assert.DoesNotContain(journal, e => e.Cle == $"rappel-rdv:{lointain}");
    }

    [Fact]
    public async Task Une_invitation_sans_reponse_est_relancee_a_j_plus_3_une_seule_fois()
    {
        var email = $"relance-{Guid.NewGuid():N}@exemple.fr";
        var p = await PersonneAvecEmailAsync(email);
        await envois.App.DansDepartementAsync("49", async db =>
        {
            db.Add(new Invitation { PersonneId = p.PersonneId, ParcoursId = p.ParcoursId, Type = TypeRendezVous.EntretienOrientation, EnvoyeeLe = DateTime.UtcNow.AddDays(-4), ExpireLe = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(26), EnvoyeePar = "test" });
            db.Add(new Invitation { PersonneId = p.PersonneId, ParcoursId = p.ParcoursId, Type = TypeRendezVous.EntretienOrientation, EnvoyeeLe = DateTime.UtcNow.AddDays(-1), ExpireLe = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(29), EnvoyeePar = "test" });
            await db.SaveChangesAsync();
        });

        await Task.WhenAll(ExecuterAsync(), ExecuterAsync());
        await ExecuterAsync();

        Assert.Equal(1, RecusPour(email, "Relance"));
        var invitations = await envois.App.DansDepartementAsync("49", db => db.Set<Invitation>().Where(i => i.PersonneId == p.PersonneId).OrderBy(i => i.EnvoyeeLe).ToListAsync());
        Assert.NotNull(invitations[0].RelanceLe);
        Assert.Null(invitations[1].RelanceLe);
    }

    [Fact]
    public async Task Un_rendez_vous_annule_ou_une_invitation_honoree_ne_sont_pas_rappeles()
    {
        var email = $"calme-{Guid.NewGuid():N}@exemple.fr";
        var p = await PersonneAvecEmailAsync(email);
        var rdv = await RendezVousAsync(p, DateTime.UtcNow.AddDays(1));
        await envois.App.DansDepartementAsync("49", async db =>
        {
            await db.Set<RendezVous>().Where(r => r.Id == rdv).ExecuteUpdateAsync(s => s.SetProperty(r => r.Statut, StatutRendezVous.Revoque));
            db.Add(new Invitation { PersonneId = p.PersonneId, ParcoursId = p.ParcoursId, RendezVousId = rdv, Type = TypeRendezVous.EntretienOrientation, EnvoyeeLe = DateTime.UtcNow.AddDays(-5), ExpireLe = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(25), EnvoyeePar = "test" });
            await db.SaveChangesAsync();
        });
        await ExecuterAsync();
        Assert.Equal(0, RecusPour(email, "Rappel") + RecusPour(email, "Relance"));
    }

    [Fact]
    public async Task Le_recapitulatif_quotidien_part_une_fois_par_jour_apres_sept_heures()
    {
        await ParcoursDeTest.CreerAsync(envois.App);
        var (agentId, _) = await ParcoursDeTest.CompteAsync(envois.App, "agent@49.passerelle.test", Passerelle.Web.Platform.Securite.Role.AgentDepartemental);
        await envois.App.DansDepartementAsync("49", async db =>
        {
            db.Add(new PreferenceAlertes { UtilisateurId = agentId, DigestQuotidien = true });
            await db.SaveChangesAsync();
        });
        var scopes = envois.App.Services.GetRequiredService<IServiceScopeFactory>();
        var matin = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 5, 30, 0, TimeSpan.Zero));
        Assert.Equal(0, await new EnvoiDigests(scopes, matin, NullLogger<EnvoiDigests>.Instance).ExecuterAsync(CancellationToken.None));

        var journee = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
        var envoi = new EnvoiDigests(scopes, journee, NullLogger<EnvoiDigests>.Instance);
        var envoyes = await Task.WhenAll(envoi.ExecuterAsync(CancellationToken.None), envoi.ExecuterAsync(CancellationToken.None));
        Assert.Equal(1, envoyes.Sum());
        Assert.Single(envois.Smtp.Recus, m => m.To.Mailboxes.Any(b => b.Address == "agent@49.passerelle.test") && (m.Subject ?? "").StartsWith("Passerelle :", StringComparison.Ordinal));

        journee.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await envoi.ExecuterAsync(CancellationToken.None));
    }
}
