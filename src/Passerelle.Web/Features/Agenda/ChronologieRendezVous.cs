using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Personnes;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Agenda;

/// <summary>The person's appointments and invitations in the timeline, with their outcome and the write-up this reader may read (<see cref="CompteRendu"/>).</summary>
public sealed class ChronologieRendezVous(AppDbContext db, CurrentUser user) : ISourceChronologie
{
    public const string Nature = "Rendez-vous";

    public async Task<IReadOnlyList<EvenementParcours>> LireAsync(Personne personne, CancellationToken ct)
    {
        var (id, lecteur) = (personne.Id, user.Id);
        var rendezVous = await db.Set<RendezVous>().AsNoTracking().Where(r => r.PersonneId == id)
            .Select(r => new
            {
                r.Debut,
                r.Type,
                r.Lieu,
                r.Convocation,
                r.Statut,
                ApresCoup = r.CreeLe > r.Debut && !r.Convocation,
                CompteRendu = !r.CompteRenduReserve || r.CompteRenduAuteurId == lecteur
                    || db.Set<Parcours>().Any(p => p.PersonneId == id && p.DateCloture == null && p.ReferentId == lecteur) ? r.CompteRendu : null,
            }).ToListAsync(ct);
        var invitations = await db.Set<Invitation>().AsNoTracking().Where(i => i.PersonneId == id).Select(i => new { i.EnvoyeeLe, i.EnvoyeePar }).ToListAsync(ct);
        return
        [
            .. rendezVous.Select(r => new EvenementParcours(r.Debut, Nature,
                $"{(r.Convocation ? "Convocation" : r.ApresCoup ? "Rendez-vous enregistré après coup" : "Rendez-vous")} : {r.Type.Libelle()} — {r.Statut.Libelle()}",
                r.CompteRendu is null ? r.Lieu : $"{r.Lieu}{(r.Lieu.Length > 0 ? " — " : "")}Compte rendu : {r.CompteRendu}")),
            .. invitations.Select(i => new EvenementParcours(i.EnvoyeeLe, Nature, "Invitation à prendre rendez-vous", $"envoyée par {i.EnvoyeePar}")),
        ];
    }
}
