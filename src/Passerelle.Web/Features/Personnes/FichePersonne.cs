using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Agenda;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Referents;

namespace Passerelle.Web.Features.Personnes;

public sealed record LigneDecision(DateTime ProposeeLe, string ProposeePar, string Type, OrigineOrientation Origine, StatutDecision Statut, string Motif, string? Structure, DateTime? DecideeLe, string? DecideePar, string? MotifDecision);

public sealed record LigneDesignation(string Structure, string Referent, string Type, DateOnly Debut, DateOnly? Fin, string? MotifFin, string? Derogation);

public sealed record LigneRendezVous(int Id, int Version, TypeRendezVous Type, DateTime Debut, string Lieu, bool Convocation, StatutRendezVous Statut, string? StatutPar, DateTime? StatutLe);

public sealed record LigneInvitation(DateTime EnvoyeeLe, DateOnly ExpireLe, DateOnly? RelanceLe, bool Repondue, string EnvoyeePar);

public sealed record Echeance(TypeEcheance Type, DateOnly? Date, DateOnly? Realisee);

/// <summary>Everything the person's page shows, read within the user's scope; null when the person is out of it.</summary>
public sealed class FichePersonne
{
    public required Personne Personne { get; init; }
    public Parcours? Parcours { get; init; }
    public JeuRegles? Regles { get; init; }
    public IReadOnlyList<LigneDecision> Decisions { get; init; } = [];
    public IReadOnlyList<LigneDesignation> Designations { get; init; } = [];
    public IReadOnlyList<LigneRendezVous> RendezVous { get; init; } = [];
    public IReadOnlyList<LigneInvitation> Invitations { get; init; } = [];

    public IEnumerable<Echeance> Echeances => Parcours is not { } p ? [] :
    [
        new(TypeEcheance.Orientation, p.EcheanceOrientation, p.DateOrientation),
        new(TypeEcheance.PremierRdv, p.EcheancePremierRdv, p.DatePremierRdvReferent),
        new(TypeEcheance.Contrat, p.EcheanceContrat, p.DateContrat),
    ];

    public string NomType(TypeOrientation? type) => type is not { } t ? "—" : Regles?.NomType(t) ?? t.LibelleNational();

    public static async Task<FichePersonne?> ChargerAsync(AppDbContext db, PerimetreDossiers perimetre, ReglesEnVigueur regles, int id, CancellationToken ct)
    {
        var personne = await perimetre.Filtrer(db.Personnes.AsNoTracking()).Include(p => p.DossierCourant).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (personne is null) return null;
        var parcours = await db.Set<Parcours>().AsNoTracking().Where(p => p.PersonneId == id)
            .OrderBy(p => p.DateCloture != null).ThenByDescending(p => p.DateEntree).FirstOrDefaultAsync(ct);
        var jeu = parcours is null ? null : await regles.ParCodeAsync(parcours.CodeRegles, parcours.DateEntree, ct);
        string Nom(TypeOrientation t) => jeu?.NomType(t) ?? t.LibelleNational();
        var decisions = await db.Set<DecisionOrientation>().AsNoTracking().Where(d => d.PersonneId == id).OrderByDescending(d => d.Id)
            .Select(d => new { d, Structure = db.Structures.Where(s => s.Id == d.StructureId).Select(s => s.Nom).FirstOrDefault() }).ToListAsync(ct);
        var designations = await db.Set<DesignationReferent>().AsNoTracking().Where(d => d.PersonneId == id).OrderByDescending(d => d.Id)
            .Select(d => new { d.Structure!.Nom, d.Referent!.Prenom, NomReferent = d.Referent.Nom, d.TypeOrientation, d.DateDebut, d.DateFin, d.MotifFin, d.Derogation }).ToListAsync(ct);
        return new FichePersonne
        {
            Personne = personne,
            Parcours = parcours,
            Regles = jeu,
            Decisions = [.. decisions.Select(x => new LigneDecision(x.d.ProposeeLe, x.d.ProposeePar, Nom(x.d.Type), x.d.Origine, x.d.Statut, x.d.Motif, x.Structure, x.d.DecideeLe, x.d.DecideePar, x.d.MotifDecision))],
            Designations = [.. designations.Select(d => new LigneDesignation(d.Nom, $"{d.Prenom} {d.NomReferent}", Nom(d.TypeOrientation), d.DateDebut, d.DateFin, d.MotifFin, d.Derogation))],
            RendezVous = await db.Set<RendezVous>().AsNoTracking().Where(r => r.PersonneId == id).OrderByDescending(r => r.Debut)
                .Select(r => new LigneRendezVous(r.Id, r.Version, r.Type, r.Debut, r.Lieu, r.Convocation, r.Statut, r.StatutPar, r.StatutLe)).ToListAsync(ct),
            Invitations = await db.Set<Invitation>().AsNoTracking().Where(i => i.PersonneId == id).OrderByDescending(i => i.EnvoyeeLe)
                .Select(i => new LigneInvitation(i.EnvoyeeLe, i.ExpireLe, i.RelanceLe, i.RendezVousId != null, i.EnvoyeePar)).ToListAsync(ct),
        };
    }
}
