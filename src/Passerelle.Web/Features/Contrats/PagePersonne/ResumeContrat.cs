using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Personnes;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Contrats.PagePersonne;

/// <summary>The band's contract in force (type and end) and its end as a deadline, the renewal to prepare.</summary>
public sealed class ResumeContrat(AppDbContext db, HeureLegale heure) : IContributionResume
{
    public async Task<ContributionResume> ContribuerAsync(Personne personne, CancellationToken ct)
    {
        var aujourdhui = heure.Aujourdhui;
        var enVigueur = await db.Set<Contrat>().AsNoTracking()
            .Where(c => c.PersonneId == personne.Id && c.Statut == StatutContrat.Valide && c.DateDebut <= aujourdhui && c.DateFin >= aujourdhui)
            .OrderByDescending(c => c.DateFin).Select(c => new { c.Type, c.DateFin }).FirstOrDefaultAsync(ct);
        if (enVigueur is null) return new ContributionResume([new FaitResume(60, "Contrat", "aucun en vigueur", "#contrats-personne")], []);
        var fin = enVigueur.DateFin.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        return new ContributionResume(
            [new FaitResume(60, "Contrat", $"{enVigueur.Type.LibelleCourt()} jusqu'au {fin}", "#contrats-personne", "bandeau-contrat")],
            [new EcheanceResume(enVigueur.DateFin, "Fin du contrat en vigueur", "#contrats-personne")]);
    }
}
