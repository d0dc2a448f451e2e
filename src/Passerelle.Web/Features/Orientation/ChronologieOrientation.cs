using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Personnes;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Orientation;

/// <summary>The person's parcours (entries, closures) and orientation proposals and decisions in the timeline.</summary>
public sealed class ChronologieOrientation(AppDbContext db, HeureLegale heure) : ISourceChronologie
{
    public const string Nature = "Orientation";

    public async Task<IReadOnlyList<EvenementParcours>> LireAsync(Personne personne, CancellationToken ct)
    {
        var id = personne.Id;
        var parcours = await db.Set<Parcours>().AsNoTracking().Where(p => p.PersonneId == id)
            .Select(p => new { p.Id, p.DateEntree, p.DateCloture, p.MotifCloture }).ToListAsync(ct);
        var ids = parcours.Select(p => p.Id).ToList();
        var decisions = await db.Set<DecisionOrientation>().AsNoTracking().Where(d => ids.Contains(d.ParcoursId))
            .Select(d => new { d.Type, d.Origine, d.Statut, d.ProposeeLe, d.ProposeePar, d.DecideeLe, d.DecideePar, d.Motif }).ToListAsync(ct);
        var evenements = new List<EvenementParcours>();
        foreach (var p in parcours)
        {
            evenements.Add(new(heure.DebutDuJourUtc(p.DateEntree), Nature, "Entrée dans le parcours d'insertion"));
            if (p.DateCloture is { } c) evenements.Add(new(heure.DebutDuJourUtc(c), Nature, "Parcours clos", p.MotifCloture));
        }
        foreach (var d in decisions)
        {
            var type = d.Type.LibelleNational();
            var demande = d.Origine == OrigineOrientation.Reorientation ? "Réorientation demandée" : "Orientation proposée";
            evenements.Add(new(d.ProposeeLe, Nature, $"{demande} : {type}", $"par {d.ProposeePar}{(d.Motif.Length > 0 ? " — " + d.Motif : "")}"));
            if (d.DecideeLe is { } le && d.Statut != StatutDecision.Proposee)
                evenements.Add(new(le, Nature, $"Orientation {(d.Statut == StatutDecision.Validee ? "validée" : "refusée")} : {type}", $"par {d.DecideePar}"));
        }
        return evenements;
    }
}
