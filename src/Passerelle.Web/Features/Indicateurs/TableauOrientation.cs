using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Indicateurs.Secret;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Indicateurs;

public sealed record MesuresDelai(Mesure Effectif, Mesure MoyenneJours, Mesure MedianeJours, Mesure DansLeDelai, Mesure PartDansLeDelai);

public sealed record MesuresSansReferent(DateOnly Date, Mesure Total, Mesure SansReferent, Mesure Part, Mesure DontOrientes);

public sealed record MesuresAbsence(Mesure Absents, Mesure Base, Mesure Taux);

public sealed record MesuresContractualisation(Mesure AvecContrat, Mesure Orientes, Mesure Taux);

public sealed record MesuresReorientations(Mesure Total, Mesure EnAttente, Mesure Validees, Mesure Refusees);

/// <summary>The orientation indicators of one period and scope, as the page shows them and the API returns them.</summary>
public sealed record TableauOrientation(
    DateOnly Du, DateOnly Au, int? TerritoireId, string Perimetre, bool SecretStatistique,
    Mesure NouveauxEntrants, MesuresDelai DelaiEntreeOrientation, MesuresDelai DelaiOrientationPremierRdv,
    MesuresSansReferent SansReferent, MesuresAbsence AbsenceApresInvitation, MesuresAbsence AbsenceApresConvocation,
    MesuresReorientations Reorientations, MesuresDelai DelaiOrientationContrat, MesuresContractualisation Contractualisation)
{
    /// <summary>Computes every indicator for the scope, masking what statistical secrecy hides when the scope is under it.</summary>
    public static async Task<TableauOrientation> CalculerAsync(IndicateursOrientation indicateurs, EffectifsOrientation effectifs, AppDbContext db,
        Periode periode, int? territoireId, Portee portee, DateOnly aujourdhui, CancellationToken ct)
    {
        var dateStock = DateDuStock(periode, aujourdhui);
        var p = portee.Secret
            ? await PublicationsOrientation.DeciderAsync(effectifs, db, periode, dateStock, territoireId, portee.Clairs ?? [], ct)
            : PublicationsOrientation.Toutes;
        var entrants = await indicateurs.NouveauxEntrantsAsync(periode, portee, ct);
        var orientation = await indicateurs.DelaiEntreeOrientationAsync(periode, portee, ct);
        var premierRdv = await indicateurs.DelaiPremierRdvAsync(periode, portee, ct);
        var sansReferent = await indicateurs.SansReferentAsync(dateStock, portee, ct);
        var (invitation, convocation) = await indicateurs.AbsenceAsync(periode, portee, ct);
        var reorientations = await indicateurs.ReorientationsAsync(periode, portee, ct);
        var contrat = await indicateurs.DelaiContratAsync(periode, portee, ct);
        var contractualisation = await indicateurs.ContractualisationAsync(periode, portee, ct);
        var libelle = portee.Territoires is null ? "Tout le département"
            : string.Join(", ", await db.Territoires.AsNoTracking().Where(t => portee.Territoires.Contains(t.Id)).OrderBy(t => t.Nom).Select(t => t.Nom).ToListAsync(ct));
        var (sr, r) = (p.SansReferent, p.Reorientations);
        return new TableauOrientation(periode.Du, periode.Au, territoireId, libelle, portee.Secret,
            Mesure.Effectif(entrants, p.NouveauxEntrants),
            Delai(orientation, p.DelaiEntreeOrientation),
            Delai(premierRdv, p.DelaiPremierRdv),
            new MesuresSansReferent(sansReferent.Date, Mesure.Effectif(sansReferent.Total, sr.Total), Mesure.Effectif(sansReferent.SansReferent, sr.SansReferent),
                Mesure.Pourcentage(sansReferent.SansReferent, sansReferent.Total, sr.SansReferent), Mesure.Effectif(sansReferent.DontOrientes, sr.DontOrientes)),
            Absence(invitation, p.AbsenceApresInvitation),
            Absence(convocation, p.AbsenceApresConvocation),
            new MesuresReorientations(Mesure.Effectif(reorientations.Total, r.Total), Mesure.Effectif(reorientations.EnAttente, r.Statuts),
                Mesure.Effectif(reorientations.Validees, r.Statuts), Mesure.Effectif(reorientations.Refusees, r.Statuts)),
            Delai(contrat, p.DelaiContrat),
            new MesuresContractualisation(Mesure.Effectif(contractualisation.Partie, p.Contractualisation.Partie), Mesure.Effectif(contractualisation.Total, p.Contractualisation.Total),
                Mesure.Pourcentage(contractualisation.Partie, contractualisation.Total, p.Contractualisation.Partie)));
    }

    /// <summary>The stock is counted at the end of the period, or today when the period ends later (never under secrecy: months over only).</summary>
    private static DateOnly DateDuStock(Periode periode, DateOnly aujourdhui) => periode.Au < aujourdhui ? periode.Au : aujourdhui;

    private static MesuresDelai Delai(StatDelai d, PublicationDelai p) => new(
        Mesure.Effectif(d.Effectif, p.Effectif), Mesure.Derivee(d.MoyenneJours, p.Effectif), Mesure.Derivee(d.MedianeJours, p.Effectif),
        Mesure.Effectif(d.DansLeDelai, p.DansLeDelai), Mesure.Pourcentage(d.DansLeDelai, d.Effectif, p.DansLeDelai));

    private static MesuresAbsence Absence(StatAbsence a, PublicationPartie p) =>
        new(Mesure.Effectif(a.Absents, p.Partie), Mesure.Effectif(a.Base, p.Total), Mesure.Pourcentage(a.Absents, a.Base, p.Partie));
}
