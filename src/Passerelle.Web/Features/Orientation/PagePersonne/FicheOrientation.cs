using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Referents;

namespace Passerelle.Web.Features.Orientation.PagePersonne;

public sealed record LigneDecision(DateTime ProposeeLe, string ProposeePar, string Type, OrigineOrientation Origine, StatutDecision Statut, string Motif, string? Structure, DateTime? DecideeLe, string? DecideePar, string? MotifDecision);

public sealed record LigneDesignation(string Structure, string Referent, string Type, DateOnly Debut, DateOnly? Fin, string? MotifFin, string? Derogation);

public sealed record Echeance(TypeEcheance Type, DateOnly? Date, DateOnly? Realisee);

/// <summary>The orientation section of the person page: parcours, deadlines, decisions and designations, and what this viewer may do.</summary>
public sealed class FicheOrientation
{
    public required Personne Personne { get; init; }
    public Parcours? Parcours { get; init; }
    public JeuRegles? Regles { get; init; }
    public IReadOnlyList<LigneDecision> Decisions { get; init; } = [];
    public IReadOnlyList<LigneDesignation> Designations { get; init; } = [];
    /// <summary>The référents this viewer may designate now (none when designation is not open to them).</summary>
    public IReadOnlyList<ChoixReferent> Referents { get; internal set; } = [];
    public bool EstAgent { get; internal set; }
    public bool EstReferentDeLaPersonne { get; internal set; }
    public DateOnly Aujourdhui { get; internal set; }

    public bool Peut(ActionParcours action) => Parcours is { DateCloture: null } p && TransitionsParcours.EstPermise(p.Etape, action);

    public IEnumerable<Echeance> Echeances => Parcours is not { } p ? [] :
    [
        new(TypeEcheance.Orientation, p.EcheanceOrientation, p.DateOrientation),
        new(TypeEcheance.PremierRdv, p.EcheancePremierRdv, p.DatePremierRdvReferent),
        new(TypeEcheance.Contrat, p.EcheanceContrat, p.DateContrat),
    ];

    public string NomType(TypeOrientation? type) => type is not { } t ? "—" : Regles?.NomType(t) ?? t.LibelleNational();

    /// <summary>The person's open parcours, else their latest closed one, with its history.</summary>
    public static async Task<FicheOrientation> ChargerAsync(AppDbContext db, ReglesEnVigueur regles, ParcoursDeLaPersonne lecture, Personne personne, CancellationToken ct)
    {
        var id = personne.Id;
        var parcours = await lecture.CourantAsync(id, ct);
        var jeu = parcours is null ? null : await regles.ParCodeAsync(parcours.CodeRegles, parcours.DateEntree, ct);
        string Nom(TypeOrientation t) => jeu?.NomType(t) ?? t.LibelleNational();
        var decisions = await db.Set<DecisionOrientation>().AsNoTracking().Where(d => d.PersonneId == id).OrderByDescending(d => d.Id)
            .Select(d => new { d, Structure = db.Structures.Where(s => s.Id == d.StructureId).Select(s => s.Nom).FirstOrDefault() }).ToListAsync(ct);
        var designations = await db.Set<DesignationReferent>().AsNoTracking().Where(d => d.PersonneId == id).OrderByDescending(d => d.Id)
            .Select(d => new { d.Structure!.Nom, d.Referent!.Prenom, NomReferent = d.Referent.Nom, d.TypeOrientation, d.DateDebut, d.DateFin, d.MotifFin, d.Derogation }).ToListAsync(ct);
        return new FicheOrientation
        {
            Personne = personne,
            Parcours = parcours,
            Regles = jeu,
            Decisions = [.. decisions.Select(x => new LigneDecision(x.d.ProposeeLe, x.d.ProposeePar, Nom(x.d.Type), x.d.Origine, x.d.Statut, x.d.Motif, x.Structure, x.d.DecideeLe, x.d.DecideePar, x.d.MotifDecision))],
            Designations = [.. designations.Select(d => new LigneDesignation(d.Nom, $"{d.Prenom} {d.NomReferent}", Nom(d.TypeOrientation), d.DateDebut, d.DateFin, d.MotifFin, d.Derogation))],
        };
    }
}
