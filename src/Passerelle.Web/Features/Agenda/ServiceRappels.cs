using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Envois;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Agenda;

public sealed record BilanRappels(int RappelsRendezVous, int RelancesInvitations);

/// <summary>
/// The automatic reminders of one département (primer §3.2), by the rule set of each person's
/// parcours: before a planned appointment (J-<c>RappelAvantRdvJours</c>, from that day until the
/// appointment) and after an invitation still unanswered <c>RelanceInvitationJours</c> days later
/// (until it expires). Safe to run as often as wanted and by several instances at once: each
/// message carries a key (<c>rappel-rdv:12</c>, <c>relance-invitation:7</c>) that the delivery
/// journal accepts once per channel, so a reminder is never sent twice.
/// </summary>
public sealed class ServiceRappels(AppDbContext db, ReglesEnVigueur regles, NotificationsRendezVous notifications, HeureLegale heure)
{
    public async Task<BilanRappels> ExecuterAsync(CancellationToken ct)
    {
        var maintenant = heure.MaintenantUtc;
        var aujourdhui = heure.Aujourdhui;
        var jeux = (await regles.DuDepartementAsync(ct)).Concat(ReglesNationales.Tous).ToList();
        return new BilanRappels(await RappelerRendezVousAsync(maintenant, aujourdhui, jeux, ct), await RelancerInvitationsAsync(aujourdhui, jeux, ct));
    }

    private async Task<int> RappelerRendezVousAsync(DateTime maintenant, DateOnly aujourdhui, List<JeuRegles> jeux, CancellationToken ct)
    {
        var horizon = maintenant.AddDays(jeux.Max(j => j.RappelAvantRdvJours) + 1);
        var aRappeler = await db.Set<RendezVous>().AsNoTracking()
            .Where(r => r.Statut == StatutRendezVous.Planifie && r.Debut > maintenant && r.Debut <= horizon
                && !db.Set<Envoi>().Any(e => e.PersonneId == r.PersonneId && e.Cle == "rappel-rdv:" + r.Id))
            .Select(r => new { r.Id, r.Debut, Parcours = db.Set<Parcours>().Where(p => p.Id == r.ParcoursId).Select(p => new { p.CodeRegles, p.DateEntree }).FirstOrDefault() })
            .ToListAsync(ct);
        var envoyes = 0;
        foreach (var r in aRappeler)
        {
            var jeu = r.Parcours is { } p ? await regles.ParCodeAsync(p.CodeRegles, p.DateEntree, ct) : await regles.PourAsync(heure.Jour(r.Debut), ct);
            if (heure.Jour(r.Debut).AddDays(-jeu.RappelAvantRdvJours) > aujourdhui) continue;
            await notifications.ConvocationAsync(r.Id, ct, rappel: true);
            envoyes++;
        }
        return envoyes;
    }

    private async Task<int> RelancerInvitationsAsync(DateOnly aujourdhui, List<JeuRegles> jeux, CancellationToken ct)
    {
        var depuis = heure.VersUtc(aujourdhui.AddDays(-jeux.Min(j => j.RelanceInvitationJours) + 1), TimeOnly.MinValue);
        var aRelancer = await db.Set<Invitation>().AsNoTracking()
            .Where(i => i.RendezVousId == null && i.RelanceLe == null && i.ExpireLe >= aujourdhui && i.EnvoyeeLe < depuis)
            .Select(i => new { i.Id, i.EnvoyeeLe, Parcours = db.Set<Parcours>().Where(p => p.Id == i.ParcoursId).Select(p => new { p.CodeRegles, p.DateEntree }).FirstOrDefault() })
            .ToListAsync(ct);
        var envoyees = 0;
        foreach (var i in aRelancer)
        {
            var jeu = i.Parcours is { } p ? await regles.ParCodeAsync(p.CodeRegles, p.DateEntree, ct) : await regles.PourAsync(heure.Jour(i.EnvoyeeLe), ct);
            if (heure.Jour(i.EnvoyeeLe).AddDays(jeu.RelanceInvitationJours) > aujourdhui) continue;
            await notifications.InvitationAsync(i.Id, ct, relance: true);
            await db.Set<Invitation>().Where(x => x.Id == i.Id && x.RelanceLe == null).ExecuteUpdateAsync(s => s.SetProperty(x => x.RelanceLe, aujourdhui), ct);
            envoyees++;
        }
        return envoyees;
    }
}
