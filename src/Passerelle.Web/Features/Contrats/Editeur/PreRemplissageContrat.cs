using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Diagnostic;
using Passerelle.Web.Features.Diagnostic.Rome;

namespace Passerelle.Web.Features.Contrats.Editeur;

/// <summary>
/// The new contract's form as the référent finds it: a renewal copies the previous contract (objectives,
/// actions, engagements; it starts the day after the previous end, same duration); a first contract
/// takes an objective line per frein of the current diagnosis and one for the professional project.
/// </summary>
public sealed class PreRemplissageContrat(AppDbContext db, ReferentielRome rome)
{
    public async Task<SaisieContrat> PourAsync(int personneId, int? renouveler, DateOnly? signeLe, DateOnly aujourdhui, CancellationToken ct)
    {
        var precedent = renouveler is int id
            ? await db.Set<Contrat>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && c.PersonneId == personneId, ct)
            : null;
        if (precedent is not null)
            return new SaisieContrat
            {
                DateDebut = precedent.DateFin.AddDays(1),
                DureeMois = precedent.DureeMois,
                Objectifs = precedent.Objectifs,
                Actions = [.. precedent.Actions.Select(a => a with { Echeance = null })],
                EngagementsPersonne = precedent.EngagementsPersonne,
                EngagementsDepartement = precedent.EngagementsDepartement,
                Organisme = precedent.Organisme,
            };
        var diagnostic = await db.Set<Diagnostic.Diagnostic>().AsNoTracking().Where(d => d.PersonneId == personneId)
            .OrderByDescending(d => d.Numero).FirstOrDefaultAsync(ct);
        var objectifs = diagnostic?.Freins.Where(f => f.Niveau != NiveauFrein.Aucun).Select(f => new ObjectifContrat(f.Theme.Libelle(), "")).ToList() ?? [];
        if (diagnostic?.MetiersRecherches is { Count: > 0 } metiers)
            objectifs.Add(new ObjectifContrat("Projet professionnel", string.Join(", ", metiers.Select(m => rome.Trouver(m)?.Libelle ?? m))));
        return new SaisieContrat { DateDebut = signeLe ?? aujourdhui, DureeMois = 6, Objectifs = objectifs, SigneLe = signeLe };
    }
}
