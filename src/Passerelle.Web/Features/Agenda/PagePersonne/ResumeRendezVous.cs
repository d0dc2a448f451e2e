using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Personnes;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Agenda.PagePersonne;

/// <summary>The band's next appointment: the first planned one to come, with its type and place.</summary>
public sealed class ResumeRendezVous(AppDbContext db, HeureLegale heure) : IContributionResume
{
    public async Task<ContributionResume> ContribuerAsync(Personne personne, CancellationToken ct)
    {
        var maintenant = heure.MaintenantUtc;
        var prochain = await db.Set<RendezVous>().AsNoTracking()
            .Where(r => r.PersonneId == personne.Id && r.Statut == StatutRendezVous.Planifie && r.Debut > maintenant)
            .OrderBy(r => r.Debut).Select(r => new { r.Debut, r.Type, r.Lieu }).FirstOrDefaultAsync(ct);
        var valeur = prochain is null ? "aucun de prévu" : $"{heure.DateEtHeure(prochain.Debut)} — {prochain.Type.Libelle()}, {prochain.Lieu}";
        return new ContributionResume([new FaitResume(50, "Prochain rendez-vous", valeur, "#rendez-vous-personne", "bandeau-rdv")], []);
    }
}
