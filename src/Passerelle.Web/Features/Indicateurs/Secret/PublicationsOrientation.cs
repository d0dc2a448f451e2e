using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Orientation;

namespace Passerelle.Web.Features.Indicateurs.Secret;

/// <summary>Which figures of a delay may be shown: the count (and its mean and median), and its parts within / beyond the deadline.</summary>
public sealed record PublicationDelai(bool Effectif, bool DansLeDelai);

/// <summary>Which figures of a total and one of its parts may be shown (absences in the base; without référent in the stock…).</summary>
public sealed record PublicationPartie(bool Total, bool Partie);

public sealed record PublicationSansReferent(bool Total, bool SansReferent, bool DontOrientes);

public sealed record PublicationReorientations(bool Total, bool Statuts);

/// <summary>Which figures of the orientation indicators may be shown; a rate needs both its terms shown.</summary>
public sealed record PublicationsOrientation(bool NouveauxEntrants, PublicationDelai DelaiEntreeOrientation, PublicationDelai DelaiPremierRdv,
    PublicationSansReferent SansReferent, PublicationPartie AbsenceApresInvitation, PublicationPartie AbsenceApresConvocation,
    PublicationReorientations Reorientations, PublicationDelai DelaiContrat, PublicationPartie Contractualisation)
{
    /// <summary>Out of secrecy, everything.</summary>
    public static readonly PublicationsOrientation Toutes = new(true, new(true, true), new(true, true), new(true, true, true), new(true, true), new(true, true), new(true, true), new(true, true), new(true, true));

    /// <summary>
    /// Under statistical secrecy: the period is whole months (see <see cref="FiltreIndicateurs"/>), the territoire null
    /// (the département) or one; <paramref name="clairs"/> are the territoires the user reads in clear elsewhere.
    /// </summary>
    public static async Task<PublicationsOrientation> DeciderAsync(EffectifsOrientation effectifs, AppDbContext db, Periode periode, DateOnly dateStock,
        int? territoire, IReadOnlyCollection<int> clairs, CancellationToken ct)
    {
        var territoires = await db.Territoires.AsNoTracking().Select(t => t.Id).ToListAsync(ct);
        var clairsSet = clairs.ToHashSet();
        var secret = new SecretStatistique(territoires, clairsSet,
            [.. Enumerable.Range(Effectifs.Mois(periode.Du), Effectifs.Mois(periode.Au) - Effectifs.Mois(periode.Du) + 1)]);
        var instant = new SecretStatistique(territoires, clairsSet, [0]);

        PublicationDelai Delai((Effectifs Effectif, Effectifs Dans) d) =>
            new(secret.Publiable(d.Effectif, territoire), secret.PartiesPubliables(territoire, d.Effectif, d.Dans, d.Effectif.Moins(d.Dans)));
        PublicationPartie Absence((Effectifs Base, Effectifs Absents) a) =>
            new(secret.Publiable(a.Base, territoire), secret.PartiesPubliables(territoire, a.Base, a.Absents, a.Base.Moins(a.Absents)));

        var (total, sansReferent, dontOrientes) = await effectifs.SansReferentAsync(dateStock, ct);
        var publieSansReferent = instant.PartiesPubliables(territoire, total, sansReferent, total.Moins(sansReferent));
        var absences = await effectifs.AbsenceAsync(periode, ct);
        var statuts = await effectifs.ReorientationsAsync(periode, ct);
        var reorientations = statuts.Values.Aggregate((a, b) => a.Plus(b));
        return new PublicationsOrientation(
            secret.Publiable(await effectifs.NouveauxEntrantsAsync(periode, ct), territoire),
            Delai(await effectifs.DelaiEntreeOrientationAsync(periode, ct)),
            Delai(await effectifs.DelaiPremierRdvAsync(periode, ct)),
            new(instant.Publiable(total, territoire), publieSansReferent,
                publieSansReferent && instant.PartiesPubliables(territoire, sansReferent, dontOrientes, sansReferent.Moins(dontOrientes))),
            Absence(absences[0]),
            Absence(absences[1]),
            new(secret.Publiable(reorientations, territoire), secret.PartiesPubliables(territoire, reorientations, [.. statuts.Values])),
            Delai(await effectifs.DelaiContratAsync(periode, ct)),
            Absence(await effectifs.ContractualisationAsync(periode, ct)));
    }
}
