using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Decisions;

/// <summary>What the dossier page shows: the dossier with its observations and appeals, the person, the rank of passage, the bareme.</summary>
public sealed record FicheDossierEp(DossierEp Dossier, string Personne, string? Seance, int Rang, ReglesEp Regles, string? Delegation, DateOnly Aujourdhui,
    IReadOnlyDictionary<int, string> Documents)
{
    public bool PeutDecider => Dossier.Statut == StatutDossierEp.AvisRendu;
    public bool PeutNotifier => Dossier.Statut == StatutDossierEp.Decide && Dossier.DateNotification is null;
    public bool PeutFormerRecours => Dossier.DateNotification is not null && Dossier.AnnuleeSurRecoursLe is null;
    public bool PeutReprendre => Dossier.Decision == TypeDecisionEp.SuspensionRemobilisation && Dossier.DateNotification is not null
        && Dossier.AnnuleeSurRecoursLe is null && Dossier.RepriseObligationsLe is null;
    public bool EstSanction => Dossier.Decision?.EstSanction() == true;

    public string? PhraseDecision => Dossier.Decision is { } d
        ? LibellesDecisionEp.Phrase(d, Dossier.Montant, Dossier.Pourcentage, Dossier.DureeMois, Dossier.DateEffet, Dossier.OrientationDecidee?.LibelleNational())
        : null;
}

/// <summary>Loads <see cref="FicheDossierEp"/> within <see cref="PerimetreEp"/>.</summary>
public sealed class ConsultationDossierEp(AppDbContext db, AccesDossiersEp acces, CurrentUser user, HeureLegale heure)
{
    public async Task<FicheDossierEp?> FicheAsync(int id, CancellationToken ct)
    {
        var dossier = await acces.Atteints().AsNoTracking().Include(d => d.Seance).ThenInclude(s => s!.Equipe).Include(d => d.Thematique)
            .Include(d => d.Observations).Include(d => d.Recours).AsSplitQuery().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (dossier is null) return null;
        var personne = await db.Personnes.AsNoTracking().Where(p => p.Id == dossier.PersonneId).Select(p => p.Prenoms + " " + p.Nom).FirstAsync(ct);
        var aujourdhui = heure.Aujourdhui;
        var delegations = user.Id is { } u ? await db.Set<DelegationDecision>().AsNoTracking().Where(d => d.UtilisateurId == u).ToListAsync(ct) : [];
        var pieces = dossier.Observations.Where(o => o.DocumentPersonneId != null).Select(o => o.DocumentPersonneId!.Value).ToList();
        var documents = await db.Set<Documents.DocumentPersonne>().AsNoTracking().Where(d => pieces.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Nom, ct);
        var seance = dossier.Seance is { } s ? $"{s.Equipe?.Nom} — {heure.DateEtHeure(s.Debut)}, {s.Lieu} ({s.Statut.Libelle().ToLowerInvariant()})" : null;
        return new FicheDossierEp(dossier, personne, seance, await acces.RangPassageAsync(dossier.PersonneId, dossier.Id, ct), await ReglesEp.EnVigueurAsync(db, ct),
            delegations.FirstOrDefault(d => d.EnVigueur(aujourdhui))?.Qualite, aujourdhui, documents);
    }
}
