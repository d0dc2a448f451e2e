using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Personnes;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Contrats;

/// <summary>
/// The person's contracts in their timeline: established, signed, validated for the structure, decided,
/// ended. The person page is reached within the viewer's scope only, and every viewer of the person page
/// sees their contracts (the section shows them too), so nothing more is filtered here.
/// </summary>
public sealed class ChronologieContrats(AppDbContext db, HeureLegale heure) : ISourceChronologie
{
    private const string Nature = "Contrat";

    public async Task<IReadOnlyList<EvenementParcours>> LireAsync(Personne personne, CancellationToken ct)
    {
        var contrats = await db.Set<Contrat>().AsNoTracking().Where(c => c.PersonneId == personne.Id).ToListAsync(ct);
        var aujourdhui = heure.Aujourdhui;
        var evenements = new List<EvenementParcours>();
        foreach (var c in contrats)
        {
            var nom = $"{c.Type.LibelleCourt()} ({c.Rang.Libelle().ToLowerInvariant()})";
            var lien = $"/personnes/{c.PersonneId}/contrats/{c.Id}";
            evenements.Add(new(c.CreeLe, Nature, $"{nom} établi", $"Par {c.CreePar}", lien));
            if (c.SigneLe is { } signe) evenements.Add(new(heure.DebutDuJourUtc(signe), Nature, $"{nom} signé", c.SigneA, lien));
            if (c.ValideStructureLe is { } s) evenements.Add(new(s, Nature, $"{nom} validé pour la structure", $"Par {c.ValideStructurePar}", lien));
            if (c.DecideLe is { } d) evenements.Add(new(d, Nature, $"{nom} : {c.Statut.Libelle().ToLowerInvariant()}", $"Par {c.DecidePar}", lien));
            if (c.Statut == StatutContrat.Valide && c.DateFin < aujourdhui)
                evenements.Add(new(heure.DebutDuJourUtc(c.DateFin.AddDays(1)), Nature, $"{nom} arrivé à échéance", null, lien));
        }
        return evenements;
    }
}
