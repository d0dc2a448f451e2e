using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Personnes;

/// <summary>
/// The person's rights changes (state of the RSA right, submission to rights and duties) from the
/// CAF/MSA flux. It lives beside the page rather than in Dossiers, which the timeline's contract
/// already depends on.
/// </summary>
public sealed class ChronologieDroits(AppDbContext db, HeureLegale heure) : ISourceChronologie
{
    public const string Nature = "Droit RSA";

    public async Task<IReadOnlyList<EvenementParcours>> LireAsync(Personne personne, CancellationToken ct)
    {
        var lignes = await db.HistoriqueDroits.AsNoTracking().Where(h => h.PersonneId == personne.Id)
            .Select(h => new { h.DateEffet, h.EtatDroit, h.SoumisDroitsDevoirs, h.Evenement, h.DossierId }).ToListAsync(ct);
        return [.. lignes.Select(h => new EvenementParcours(heure.DebutDuJourUtc(h.DateEffet), Nature,
            $"{Libelle(h.Evenement)} : {EtatsDroit.Libelle(h.EtatDroit)}",
            h.SoumisDroitsDevoirs ? "Soumis(e) aux droits et devoirs" : "Non soumis(e) aux droits et devoirs", $"/dossiers/{h.DossierId}"))];
    }

    private static string Libelle(EvenementDroit evenement) => evenement switch
    {
        EvenementDroit.SituationInitiale => "Situation au premier flux",
        EvenementDroit.NouvelEntrant => "Entrée dans le RSA",
        EvenementDroit.Sortie => "Sortie du RSA",
        EvenementDroit.Retour => "Retour dans le RSA",
        _ => "Changement de droit",
    };
}
