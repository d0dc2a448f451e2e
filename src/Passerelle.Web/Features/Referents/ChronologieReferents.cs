using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Personnes;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Referents;

/// <summary>The person's référent designations and their ends in the timeline.</summary>
public sealed class ChronologieReferents(AppDbContext db, HeureLegale heure) : ISourceChronologie
{
    public const string Nature = "Référent";

    public async Task<IReadOnlyList<EvenementParcours>> LireAsync(Personne personne, CancellationToken ct)
    {
        var designations = await db.Set<DesignationReferent>().AsNoTracking().Where(d => d.PersonneId == personne.Id)
            .Select(d => new { d.DateDebut, d.DateFin, d.MotifFin, d.DesignePar, Referent = d.Referent!.Prenom + " " + d.Referent.Nom, Structure = d.Structure!.Nom })
            .ToListAsync(ct);
        var evenements = new List<EvenementParcours>();
        foreach (var d in designations)
        {
            evenements.Add(new(heure.DebutDuJourUtc(d.DateDebut), Nature, $"Référent désigné : {d.Referent} ({d.Structure})", $"par {d.DesignePar}"));
            if (d.DateFin is { } fin) evenements.Add(new(heure.DebutDuJourUtc(fin), Nature, $"Fin de la désignation de {d.Referent}", d.MotifFin));
        }
        return evenements;
    }
}
