using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Personnes;
using Passerelle.Web.Features.Suivi.Equipe;
using Passerelle.Web.Features.Suivi.Journal;

namespace Passerelle.Web.Features.Suivi.Chronologie;

/// <summary>The follow-up's entries in the timeline: journal entries this reader may read, objectives, dominantes, team and consent.</summary>
public sealed class ChronologieSuivi(AppDbContext db, LectureJournal journal) : ISourceChronologie
{
    public const string NatureJournal = "Journal";
    public const string NatureObjectif = "Objectif";
    public const string NatureEquipe = "Équipe de suivi";

    public async Task<IReadOnlyList<EvenementParcours>> LireAsync(Personne personne, CancellationToken ct)
    {
        var id = personne.Id;
        var evenements = new List<EvenementParcours>();
        var ecrits = await (await journal.EcritsLisiblesAsync(id, ct)).Select(e => new { e.Date, e.Nature, e.Texte, e.Auteur }).ToListAsync(ct);
        evenements.AddRange(ecrits.Select(e => new EvenementParcours(e.Date, NatureJournal, $"{e.Nature.Libelle()} de {e.Auteur}", Extrait(e.Texte))));
        var objectifs = await db.Set<Objectif>().AsNoTracking().Where(o => o.PersonneId == id)
            .Select(o => new { o.CreeLe, o.Libelle, o.Statut, o.StatutLe, o.ObjectifParentId }).ToListAsync(ct);
        foreach (var o in objectifs)
        {
            var genre = o.ObjectifParentId is null ? "Objectif" : "Action";
            evenements.Add(new(o.CreeLe, NatureObjectif, $"{genre} fixé : {o.Libelle}"));
            if (o.Statut != StatutObjectif.Prevu) evenements.Add(new(o.StatutLe, NatureObjectif, $"{genre} « {o.Libelle} » : {o.Statut.Libelle()}"));
        }
        var dominantes = await db.Set<DominanteAccompagnement>().AsNoTracking().Where(d => d.PersonneId == id).Select(d => new { d.ChoisieLe, d.Libelle, d.ChoisiePar }).ToListAsync(ct);
        evenements.AddRange(dominantes.Select(d => new EvenementParcours(d.ChoisieLe, NatureObjectif, $"Dominante : {d.Libelle}", $"choisie par {d.ChoisiePar}")));
        var membres = await db.Set<MembreEquipe>().AsNoTracking().Where(m => m.PersonneId == id)
            .Select(m => new { m.DemandeLe, m.DecideLe, m.RetireLe, m.Statut, m.Fonction, Nom = m.Utilisateur!.Prenom + " " + m.Utilisateur.Nom }).ToListAsync(ct);
        foreach (var m in membres)
        {
            evenements.Add(new(m.DemandeLe, NatureEquipe, $"{m.Nom} ({m.Fonction}) proposé(e) à l'équipe"));
            if (m.DecideLe is { } d) evenements.Add(new(d, NatureEquipe, $"{m.Nom} {(m.Statut == StatutMembre.Refuse ? "refusé(e)" : "accepté(e)")} dans l'équipe"));
            if (m.RetireLe is { } r) evenements.Add(new(r, NatureEquipe, $"{m.Nom} retiré(e) de l'équipe"));
        }
        var consentements = await db.Set<ConsentementPartage>().AsNoTracking().Where(c => c.PersonneId == id).Select(c => new { c.EnregistreLe, c.RetireLe }).ToListAsync(ct);
        foreach (var c in consentements)
        {
            evenements.Add(new(c.EnregistreLe, NatureEquipe, "Consentement au partage enregistré"));
            if (c.RetireLe is { } r) evenements.Add(new(r, NatureEquipe, "Consentement au partage retiré"));
        }
        return evenements;
    }

    private static string Extrait(string texte) => texte.Length <= 200 ? texte : texte[..200] + "…";
}
