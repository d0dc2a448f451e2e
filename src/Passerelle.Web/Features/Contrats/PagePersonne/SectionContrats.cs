using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Agenda;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Personnes;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Contrats.PagePersonne;

public sealed record LigneContrat(int Id, int Version, TypeContrat Type, RangContrat Rang, DateOnly DateDebut, DateOnly DateFin, StatutContrat Statut,
    DateOnly? SigneLe, DateTime? ValideStructureLe, string? ValideStructurePar, DateTime? DecideLe, string? DecidePar, string? MotifDecision);

/// <summary>The person's contracts, what this viewer may do with them, and the nudges: an expiry coming, a signature appointment honoured without a contract.</summary>
public sealed class SectionContratsModele
{
    public required int PersonneId { get; init; }
    public IReadOnlyList<LigneContrat> Contrats { get; init; } = [];
    /// <summary>The contract the person's orientation calls for; null when a contract cannot be established now.</summary>
    public TypeContrat? TypeAttendu { get; init; }
    public bool PeutDeciderDepartement { get; init; }
    public bool PeutDeciderStructure { get; init; }
    public bool ValidationParStructure { get; init; }
    public DateOnly Aujourdhui { get; init; }
    public int AlerteAvantFinMois { get; init; }
    /// <summary>The day of the last honoured "signature de contrat" appointment not followed by a contract.</summary>
    public DateOnly? SignatureSansContrat { get; init; }

    public bool ArriveAEcheance(LigneContrat c) => AlerteEcheance.ArriveAEcheance(c.Statut, c.DateFin, Aujourdhui, AlerteAvantFinMois)
        && !Contrats.Any(n => n.Type == c.Type && n.DateDebut > c.DateDebut && n.Statut.Actif());
}

public sealed class SectionContrats(AppDbContext db, ReglesEnVigueur reglesOrientation, ReglesContratsEnVigueur reglesContrats, CurrentUser user, HeureLegale heure) : ISectionPersonne
{
    public int Ordre => 200;
    public string Vue => "/Features/Contrats/PagePersonne/_Section.cshtml";
    public EntreeSommaire? Sommaire => new("Contrats", "contrats-personne");

    public async Task<object?> ChargerAsync(Personne personne, CancellationToken ct)
    {
        var id = personne.Id;
        var parcours = await db.Set<Parcours>().AsNoTracking().FirstOrDefaultAsync(p => p.PersonneId == id && p.DateCloture == null, ct);
        var contrats = await db.Set<Contrat>().AsNoTracking().Where(c => c.PersonneId == id).OrderByDescending(c => c.DateDebut)
            .Select(c => new LigneContrat(c.Id, c.Version, c.Type, c.Rang, c.DateDebut, c.DateFin, c.Statut, c.SigneLe, c.ValideStructureLe, c.ValideStructurePar,
                c.DecideLe, c.DecidePar, c.MotifDecision)).ToListAsync(ct);
        TypeContrat? attendu = null;
        if (parcours is { ReferentId: not null, TypeOrientation: { } orientation } && parcours.Etape.EstOriente())
            attendu = TypeContratRegles.Pour(orientation, await reglesOrientation.ParCodeAsync(parcours.CodeRegles, parcours.DateEntree, ct));
        var regles = await reglesContrats.ObtenirAsync(ct);
        var derniereSignature = await db.Set<RendezVous>().AsNoTracking()
            .Where(r => r.PersonneId == id && r.Type == TypeRendezVous.SignatureContrat && r.Statut == StatutRendezVous.Honore)
            .OrderByDescending(r => r.Debut).Select(r => (DateTime?)r.Debut).FirstOrDefaultAsync(ct);
        var jourSignature = derniereSignature is { } d ? heure.Jour(d) : (DateOnly?)null;
        return new SectionContratsModele
        {
            PersonneId = id,
            Contrats = contrats,
            TypeAttendu = attendu,
            PeutDeciderDepartement = user.A(Role.AgentDepartemental),
            PeutDeciderStructure = parcours is not null && user.Habilitations.Any(h => h.Role == Role.ResponsableStructure && h.StructureId == parcours.StructureId),
            ValidationParStructure = regles.ValidationParStructure,
            Aujourdhui = heure.Aujourdhui,
            AlerteAvantFinMois = regles.AlerteAvantFinMois,
            SignatureSansContrat = attendu is not null && jourSignature is { } j && !contrats.Any(c => c.SigneLe >= j) ? j : null,
        };
    }
}
