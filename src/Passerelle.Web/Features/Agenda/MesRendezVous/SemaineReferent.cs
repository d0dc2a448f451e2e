using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Utilisateurs;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Agenda.MesRendezVous;

/// <param name="Debut">In the département's legal time.</param>
public sealed record RendezVousSemaine(int Id, int PersonneId, string Nom, string Prenoms, TypeRendezVous Type, StatutRendezVous Statut, DateTime Debut, int DureeMinutes, string Lieu, bool AvecCompteRendu);

public sealed record ReferentChoisi(string Id, string Nom, string Structure);

/// <summary>
/// One référent's appointments over a week: a référent reads only their own, a structure head those of
/// the référents habilitated on their structures; within the persons the reader may reach
/// (<see cref="PerimetreDossiers"/>), so a person who left the référent's scope no longer shows.
/// </summary>
public sealed class SemaineReferent(AppDbContext db, PerimetreDossiers perimetre, CurrentUser user, HeureLegale heure)
{
    /// <summary>The référents whose week the user may read: themself, then those of the structures they run.</summary>
    public async Task<IReadOnlyList<ReferentChoisi>> ReferentsAsync(CancellationToken ct)
    {
        var dirigees = user.Habilitations.Where(h => h.Role == Role.ResponsableStructure && h.StructureId is not null).Select(h => h.StructureId!.Value).ToList();
        var moi = user.A(Role.Referent) ? user.Id : null;
        var liste = await db.Habilitations.AsNoTracking()
            .Where(h => h.Role == Role.Referent && h.StructureId != null && (h.UtilisateurId == moi || dirigees.Contains(h.StructureId.Value)))
            .Join(db.UtilisateursDuDepartement(), h => h.UtilisateurId, u => u.Id, (h, u) => new { u.Id, u.Nom, u.Prenom, Structure = h.Structure!.Nom })
            .ToListAsync(ct);
        return [.. liste.GroupBy(r => r.Id).Select(g => g.First()).OrderBy(r => r.Id != moi).ThenBy(r => r.Nom, StringComparer.Ordinal).ThenBy(r => r.Prenom, StringComparer.Ordinal)
            .Select(r => new ReferentChoisi(r.Id, $"{r.Prenom} {r.Nom}", r.Structure))];
    }

    public async Task<IReadOnlyList<RendezVousSemaine>> LireAsync(string referentId, DateOnly lundi, CancellationToken ct)
    {
        var (debut, fin) = (heure.DebutDuJourUtc(lundi), heure.DebutDuJourUtc(lundi.AddDays(7)));
        var lignes = await db.Set<RendezVous>().AsNoTracking()
            .Where(r => r.ReferentId == referentId && r.Debut >= debut && r.Debut < fin && perimetre.Filtrer(db.Personnes).Any(p => p.Id == r.PersonneId))
            .OrderBy(r => r.Debut).Take(500)
            .Select(r => new RendezVousSemaine(r.Id, r.PersonneId, r.Personne!.Nom, r.Personne.Prenoms, r.Type, r.Statut, r.Debut, r.DureeMinutes, r.Lieu, r.CompteRendu != null))
            .ToListAsync(ct);
        return [.. lignes.Select(l => l with { Debut = heure.Local(l.Debut) })];
    }
}
