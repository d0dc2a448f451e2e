using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Personnes;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Sorties;

/// <summary>
/// The exits, the follow-ups recorded and the returns in the person's timeline. Everyone who sees the
/// person sees them (they are the parcours's own steps, like the orientation): no filter beyond the page's scope.
/// </summary>
public sealed class ChronologieSorties(AppDbContext db, HeureLegale heure) : ISourceChronologie
{
    public const string Nature = "Sortie";

    public async Task<IReadOnlyList<EvenementParcours>> LireAsync(Personne personne, CancellationToken ct)
    {
        var sorties = await db.Set<Sortie>().AsNoTracking().Include(s => s.Suivis).Where(s => s.PersonneId == personne.Id)
            .Select(s => new { Sortie = s, s.Parcours!.DateReprise }).ToListAsync(ct);
        var evenements = new List<EvenementParcours>();
        foreach (var x in sorties)
        {
            var s = x.Sortie;
            var lien = $"/personnes/{personne.Id}#sortie-{s.Id}";
            evenements.Add(new(heure.DebutDuJourUtc(s.DateSortie), Nature,
                s.Statut == StatutSortie.Proposee ? $"Sortie proposée : {s.Motif.Libelle()}" : $"Sortie : {s.Motif.Libelle()}",
                s.TypeContrat is { } t ? $"{t.Libelle()}{(s.DureeContratMois is int d ? $", {d} mois" : "")}" : s.Situation?.Libelle(), lien));
            evenements.AddRange(s.Suivis.Where(v => v.RealiseLe is not null)
                .Select(v => new EvenementParcours(heure.DebutDuJourUtc(v.RealiseLe!.Value), Nature, $"Suivi à {v.Mois} mois après la sortie", v.Situation?.Libelle(), lien)));
            if (x.DateReprise is { } retour && retour > s.DateSortie)
                evenements.Add(new(heure.DebutDuJourUtc(retour), Nature, "Retour dans le parcours", $"Après la sortie du {s.DateSortie:dd/MM/yyyy}", lien));
        }
        return evenements;
    }
}
