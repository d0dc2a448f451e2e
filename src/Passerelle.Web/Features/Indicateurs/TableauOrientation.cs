using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;

namespace Passerelle.Web.Features.Indicateurs;

public sealed record MesuresDelai(Mesure Effectif, Mesure MoyenneJours, Mesure MedianeJours, Mesure DansLeDelai, Mesure PartDansLeDelai);

public sealed record MesuresSansReferent(DateOnly Date, Mesure Total, Mesure SansReferent, Mesure Part, Mesure DontOrientes);

public sealed record MesuresAbsence(Mesure Absents, Mesure Base, Mesure Taux);

public sealed record MesuresReorientations(Mesure Total, Mesure EnAttente, Mesure Validees, Mesure Refusees);

/// <summary>The orientation indicators of one period and scope, as the page shows them and the API returns them.</summary>
public sealed record TableauOrientation(
    DateOnly Du, DateOnly Au, int? TerritoireId, string Perimetre, bool SecretStatistique,
    Mesure NouveauxEntrants, MesuresDelai DelaiEntreeOrientation, MesuresDelai DelaiOrientationPremierRdv,
    MesuresSansReferent SansReferent, MesuresAbsence AbsenceApresInvitation, MesuresAbsence AbsenceApresConvocation,
    MesuresReorientations Reorientations)
{
    /// <summary>Computes every indicator for the scope, masking small cells when the scope is under secrecy.</summary>
    public static async Task<TableauOrientation> CalculerAsync(IndicateursOrientation indicateurs, AppDbContext db, Periode periode, int? territoireId,
        Portee portee, DateOnly aujourdhui, CancellationToken ct)
    {
        var s = portee.Secret;
        var entrants = await indicateurs.NouveauxEntrantsAsync(periode, portee, ct);
        var orientation = await indicateurs.DelaiEntreeOrientationAsync(periode, portee, ct);
        var premierRdv = await indicateurs.DelaiPremierRdvAsync(periode, portee, ct);
        var sansReferent = await indicateurs.SansReferentAsync(periode.Au < aujourdhui ? periode.Au : aujourdhui, portee, ct);
        var (invitation, convocation) = await indicateurs.AbsenceAsync(periode, portee, ct);
        var reorientations = await indicateurs.ReorientationsAsync(periode, portee, ct);
        var libelle = portee.Territoires is null ? "Tout le département"
            : string.Join(", ", await db.Territoires.AsNoTracking().Where(t => portee.Territoires.Contains(t.Id)).OrderBy(t => t.Nom).Select(t => t.Nom).ToListAsync(ct));
        return new TableauOrientation(periode.Du, periode.Au, territoireId, libelle, s,
            Mesure.Effectif(entrants, s),
            Delai(orientation, s),
            Delai(premierRdv, s),
            new MesuresSansReferent(sansReferent.Date, Mesure.Effectif(sansReferent.Total, s), Mesure.Effectif(sansReferent.SansReferent, s),
                Mesure.Pourcentage(sansReferent.SansReferent, sansReferent.Total, s), Mesure.Effectif(sansReferent.DontOrientes, s)),
            Absence(invitation, s),
            Absence(convocation, s),
            new MesuresReorientations(Mesure.Effectif(reorientations.Total, s), Mesure.Effectif(reorientations.EnAttente, s),
                Mesure.Effectif(reorientations.Validees, s), Mesure.Effectif(reorientations.Refusees, s)));
    }

    private static MesuresDelai Delai(StatDelai d, bool s) => new(
        Mesure.Effectif(d.Effectif, s), Mesure.Derivee(d.MoyenneJours, d.Effectif, s), Mesure.Derivee(d.MedianeJours, d.Effectif, s),
        Mesure.Effectif(d.DansLeDelai, s), Mesure.Pourcentage(d.DansLeDelai, d.Effectif, s));

    private static MesuresAbsence Absence(StatAbsence a, bool s) =>
        new(Mesure.Effectif(a.Absents, s), Mesure.Effectif(a.Base, s), Mesure.Pourcentage(a.Absents, a.Base, s));
}
