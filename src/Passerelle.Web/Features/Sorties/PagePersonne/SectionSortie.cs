using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Personnes;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Sorties.PagePersonne;

public sealed record LigneSuivi(int Id, int Version, int Mois, DateOnly Echeance, DateOnly? RealiseLe, SituationEmploi? Situation, string? Commentaire, bool PeutSaisir);

public sealed record LigneSortie(int Id, int Version, StatutSortie Statut, DateOnly Date, MotifSortie Motif, TypeContratSortie? TypeContrat, int? DureeContratMois,
    SituationEmploi? Situation, string? Commentaire, string? EnregistreePar, DateOnly? Retour, bool PeutQualifier, bool SurParcoursOuvert, IReadOnlyList<LigneSuivi> Suivis);

/// <summary>The exit section of the person page: the exits, their follow-up, a return, and what this viewer may record.</summary>
public sealed record FicheSortie(int PersonneId, int? ParcoursOuvertId, int VersionParcours, bool PeutEnregistrer, DateOnly Aujourdhui, IReadOnlyList<LigneSortie> Sorties);

public sealed class SectionSortie(AppDbContext db, CurrentUser user, HeureLegale heure) : ISectionPersonne
{
    public int Ordre => 600;
    public string Vue => "/Features/Sorties/PagePersonne/_Section.cshtml";
    public EntreeSommaire? Sommaire => new("Sortie", "sortie");

    public async Task<object?> ChargerAsync(Personne personne, CancellationToken ct)
    {
        var ouvert = await db.Set<Parcours>().AsNoTracking().Where(p => p.PersonneId == personne.Id && p.DateCloture == null)
            .Select(p => new { p.Id, p.Version, p.Etape, p.ReferentId }).FirstOrDefaultAsync(ct);
        var sorties = await db.Set<Sortie>().AsNoTracking().Include(s => s.Suivis).Where(s => s.PersonneId == personne.Id)
            .OrderByDescending(s => s.DateSortie).ThenByDescending(s => s.Id)
            .Select(s => new { Sortie = s, s.Parcours!.DateCloture, s.Parcours.DateReprise }).ToListAsync(ct);
        if (ouvert is null && sorties.Count == 0) return null;
        var agent = user.A(Role.AgentDepartemental);
        var aujourdhui = heure.Aujourdhui;
        bool Sien(string? referent) => agent || referent is not null && referent == user.Id;
        var lignes = sorties.Select(x =>
        {
            var s = x.Sortie;
            var retour = x.DateReprise > s.DateSortie ? x.DateReprise : null;
            return new LigneSortie(s.Id, s.Version, s.Statut, s.DateSortie, s.Motif, s.TypeContrat, s.DureeContratMois, s.Situation, s.Commentaire, s.EnregistreePar, retour,
                PropositionSortieEmploi.EnAttente(s.Statut, s.DateSortie, x.DateCloture, x.DateReprise) && Sien(s.ReferentId), x.DateCloture is null,
                [.. s.Suivis.OrderBy(v => v.Mois).Select(v => new LigneSuivi(v.Id, v.Version, v.Mois, v.Echeance, v.RealiseLe, v.Situation, v.Commentaire,
                    v.RealiseLe is null && retour is null && Sien(v.ReferentId) && v.Echeance <= aujourdhui.AddDays(RegleSortie.AvanceSuiviJours)))]);
        }).ToList();
        var peutEnregistrer = ouvert is not null && TransitionsParcours.EstPermise(ouvert.Etape, ActionParcours.EnregistrerSortie) && (agent || Sien(ouvert.ReferentId) && user.A(Role.Referent));
        return new FicheSortie(personne.Id, ouvert?.Id, ouvert?.Version ?? 0, peutEnregistrer, aujourdhui, lignes);
    }
}
