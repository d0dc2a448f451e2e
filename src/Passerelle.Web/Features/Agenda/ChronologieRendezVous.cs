using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Personnes;

namespace Passerelle.Web.Features.Agenda;

/// <summary>The person's appointments and invitations in the timeline, with their outcome.</summary>
public sealed class ChronologieRendezVous(AppDbContext db) : ISourceChronologie
{
    public const string Nature = "Rendez-vous";

    public async Task<IReadOnlyList<EvenementParcours>> LireAsync(Personne personne, CancellationToken ct)
    {
        var id = personne.Id;
        var rendezVous = await db.Set<RendezVous>().AsNoTracking().Where(r => r.PersonneId == id)
            .Select(r => new { r.Debut, r.Type, r.Lieu, r.Convocation, r.Statut }).ToListAsync(ct);
        var invitations = await db.Set<Invitation>().AsNoTracking().Where(i => i.PersonneId == id).Select(i => new { i.EnvoyeeLe, i.EnvoyeePar }).ToListAsync(ct);
        return
        [
            .. rendezVous.Select(r => new EvenementParcours(r.Debut, Nature,
                $"{(r.Convocation ? "Convocation" : "Rendez-vous")} : {r.Type.Libelle()} — {r.Statut.Libelle()}", r.Lieu)),
            .. invitations.Select(i => new EvenementParcours(i.EnvoyeeLe, Nature, "Invitation à prendre rendez-vous", $"envoyée par {i.EnvoyeePar}")),
        ];
    }
}
