using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Personnes;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Agenda.PagePersonne;

/// <param name="CompteRendu">The write-up, null when there is none or this reader may not read it.</param>
public sealed record LigneRendezVous(int Id, int Version, TypeRendezVous Type, DateTime Debut, string Lieu, bool Convocation, StatutRendezVous Statut, string? StatutPar, DateTime? StatutLe,
    string? CompteRendu = null, bool Reserve = false);

public sealed record LigneInvitation(DateTime EnvoyeeLe, DateOnly ExpireLe, DateOnly? RelanceLe, bool Repondue, string EnvoyeePar);

/// <summary>The person's appointments and invitations, and the invitation and convocation forms their open parcours allows.</summary>
public sealed class SectionRendezVousModele
{
    public required int PersonneId { get; init; }
    /// <summary>The open parcours, whose step decides which appointments may be set; null when none is open.</summary>
    public Parcours? Parcours { get; init; }
    public IReadOnlyList<LigneRendezVous> RendezVous { get; init; } = [];
    public IReadOnlyList<LigneInvitation> Invitations { get; init; } = [];
    /// <summary>Coming slots with a free place in the agendas the user may book from (<see cref="PerimetreAgenda"/>).</summary>
    public IReadOnlyList<Creneau> Creneaux { get; init; } = [];
    /// <summary>Now in the département's legal time, the upper bound of an appointment recorded after the fact.</summary>
    public DateTime Maintenant { get; init; }

    public bool Peut(ActionParcours action) => Parcours is { DateCloture: null } p && TransitionsParcours.EstPermise(p.Etape, action);
}

public sealed class SectionRendezVous(AppDbContext db, ParcoursDeLaPersonne lecture, CurrentUser user, HeureLegale heure) : ISectionPersonne
{
    public int Ordre => 300;
    public string Vue => "/Features/Agenda/PagePersonne/_Section.cshtml";
    public EntreeSommaire? Sommaire => new("Rendez-vous", "rendez-vous-personne");

    public async Task<object?> ChargerAsync(Personne personne, CancellationToken ct)
    {
        var id = personne.Id;
        var maintenant = heure.MaintenantUtc;
        var parcours = await lecture.OuvertAsync(id, ct);
        var (lecteur, referent) = (user.Id, parcours?.ReferentId);
        return new SectionRendezVousModele
        {
            PersonneId = id,
            Parcours = parcours,
            Maintenant = heure.Maintenant,
            RendezVous = await db.Set<RendezVous>().AsNoTracking().Where(r => r.PersonneId == id).OrderByDescending(r => r.Debut)
                .Select(r => new LigneRendezVous(r.Id, r.Version, r.Type, r.Debut, r.Lieu, r.Convocation, r.Statut, r.StatutPar, r.StatutLe,
                    !r.CompteRenduReserve || r.CompteRenduAuteurId == lecteur || referent == lecteur ? r.CompteRendu : null, r.CompteRenduReserve)).ToListAsync(ct),
            Invitations = await db.Set<Invitation>().AsNoTracking().Where(i => i.PersonneId == id).OrderByDescending(i => i.EnvoyeeLe)
                .Select(i => new LigneInvitation(i.EnvoyeeLe, i.ExpireLe, i.RelanceLe, i.RendezVousId != null, i.EnvoyeePar)).ToListAsync(ct),
            Creneaux = await PerimetreAgenda.De(user).Filtrer(db.Set<Creneau>().AsNoTracking())
                .Where(c => c.Debut > maintenant && c.Occupes < c.Capacite)
                .OrderBy(c => c.Debut).Take(50).ToListAsync(ct),
        };
    }
}
