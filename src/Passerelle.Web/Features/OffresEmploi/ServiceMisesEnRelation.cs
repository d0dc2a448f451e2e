using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Sorties;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.OffresEmploi;

/// <summary>
/// Mises en relation: a référent proposes a person whose open parcours they hold (the person is looked up from the
/// référent's own caseload, never taken on trust), then each step goes through <see cref="TransitionsMiseEnRelation"/> and
/// <see cref="ReglesMiseEnRelation"/>; a hire proposes the person's exit « Emploi » (<see cref="PropositionSortieEmploi"/>)
/// in the same unit of work. Refused steps write nothing.
/// </summary>
public sealed class ServiceMisesEnRelation(AppDbContext db, AccesOffresEmploi acces, PropositionSortieEmploi sorties, AuditJournal audit, CurrentUser user, HeureLegale heure)
{
    public const string ActionProposition = "mise-en-relation-proposition", ActionEtape = "mise-en-relation-etape";

    public static readonly ResultatAction Introuvable = ResultatAction.Refus("Cette mise en relation n'existe pas ou n'est pas dans votre périmètre.");

    public static readonly ResultatAction HorsPortefeuille =
        ResultatAction.Refus("Cette personne n'est pas dans votre portefeuille : vous ne pouvez proposer que les personnes dont vous êtes le référent.");

    private static readonly ResultatAction Conflit =
        ResultatAction.Refus("Cette mise en relation vient d'être modifiée par quelqu'un d'autre : rechargez la page, puis recommencez.");

    private string Auteur => user.NomComplet ?? user.Email ?? "système";

    public async Task<Ecriture> ProposerAsync(int offreId, int? personneId, string? commentaire, CancellationToken ct)
    {
        var offre = await (await acces.VisiblesAsync(db.Set<OffreEmploi>(), ct)).Where(o => o.Id == offreId).Select(o => new { o.Id, o.Statut, o.Intitule }).FirstOrDefaultAsync(ct);
        if (offre is null) return Ecriture.De(ServiceOffres.Introuvable);
        if (!acces.Referent) return Ecriture.Refus("Seul un référent propose une personne qu'il accompagne pour une offre.");
        if (offre.Statut != StatutOffre.Ouverte) return Ecriture.Refus($"L'offre est {offre.Statut.Libelle().ToLowerInvariant()} : on n'y propose plus personne.");
        if (personneId is not int id) return Ecriture.Champ("PersonneId", "Choisissez la personne à proposer.");
        if (commentaire?.Length > 1000) return Ecriture.Champ("Commentaire", "Le commentaire ne peut dépasser 1 000 caractères.");
        var referent = user.Id!;
        var parcours = await db.Set<Parcours>().Where(p => p.PersonneId == id && p.DateCloture == null && p.ReferentId == referent)
            .Select(p => new { p.Id, p.Public }).FirstOrDefaultAsync(ct);
        if (parcours is null) return Ecriture.De(HorsPortefeuille);
        if (await db.Set<MiseEnRelation>().Where(m => m.OffreEmploiId == offreId && m.PersonneId == id).Select(m => (DateOnly?)m.DateProposition).FirstOrDefaultAsync(ct) is { } deja)
            return Ecriture.Champ("PersonneId", $"Cette personne a déjà été proposée pour cette offre le {deja:dd/MM/yyyy}.");
        var mise = new MiseEnRelation
        {
            OffreEmploiId = offreId,
            PersonneId = id,
            ParcoursId = parcours.Id,
            ReferentId = referent,
            Rsa = parcours.Public == Parcours.PublicRsa,
            Statut = StatutMiseEnRelation.Proposee,
            DateProposition = heure.Aujourdhui,
            Commentaire = Texte(commentaire),
            ModifieLe = heure.MaintenantUtc,
            ModifiePar = Auteur,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Add(mise);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The unique (offer, person) index: the same proposal was sent a moment ago.
            db.ChangeTracker.Clear();
            return Ecriture.Champ("PersonneId", "Cette personne vient d'être proposée pour cette offre.");
        }
        audit.Enregistrer(ActionProposition, nameof(MiseEnRelation), mise.Id, $"Offre {offreId}");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return Ecriture.De(ResultatAction.Ok($"Personne proposée pour l'offre « {offre.Intitule} »."), mise.Id);
    }

    public async Task<Ecriture> EnregistrerEtapeAsync(int id, int version, SaisieEtape saisie, CancellationToken ct)
    {
        if (await acces.MisesEnRelation(db.Set<MiseEnRelation>()).FirstOrDefaultAsync(m => m.Id == id, ct) is not { } mise) return Ecriture.De(Introuvable);
        if (mise.Version != version) return Ecriture.De(db.Abandonner(Conflit));
        if (saisie.Statut is { } vers && !TransitionsMiseEnRelation.EstPermise(mise.Statut, vers))
            return new(db.Abandonner(ResultatAction.Refus(TransitionsMiseEnRelation.Refus(mise.Statut, vers))),
                new Dictionary<string, string> { [nameof(saisie.Statut)] = TransitionsMiseEnRelation.Refus(mise.Statut, vers) });
        var erreurs = ReglesMiseEnRelation.Verifier(saisie, mise.DateProposition);
        if (erreurs.Count > 0) return new(db.Abandonner(ResultatAction.Refus(string.Join(" ", erreurs.Values))), erreurs);
        var statut = saisie.Statut!.Value;
        var message = $"Mise en relation : {statut.Libelle().ToLowerInvariant()}.";
        mise.Statut = statut;
        switch (statut)
        {
            case StatutMiseEnRelation.Acceptee or StatutMiseEnRelation.Refusee:
                mise.DateReponse = heure.Aujourdhui;
                break;
            case StatutMiseEnRelation.Entretien:
                mise.DateEntretien = saisie.DateEntretien;
                break;
            case StatutMiseEnRelation.Embauchee:
                (mise.TypeContrat, mise.DateDebut, mise.DureeMois) = (saisie.TypeContrat, saisie.DateDebut, saisie.TypeContrat == TypeContratOffre.Cdi ? null : saisie.DureeMois);
                message = await sorties.ProposerAsync(mise.ParcoursId, VersSortie(saisie.TypeContrat!.Value), mise.DureeMois, saisie.DateDebut!.Value, ct)
                    ? "Embauche enregistrée : la sortie « Emploi » est proposée au référent, qui la confirme depuis la page de la personne."
                    : "Embauche enregistrée. Le parcours de la personne n'est plus ouvert : aucune sortie n'est proposée.";
                break;
            case StatutMiseEnRelation.NonRetenue:
                mise.Motif = saisie.Motif;
                break;
        }
        if (Texte(saisie.Commentaire) is { } commentaire) mise.Commentaire = commentaire;
        (mise.ModifieLe, mise.ModifiePar) = (heure.MaintenantUtc, Auteur);
        audit.Enregistrer(ActionEtape, nameof(MiseEnRelation), id, statut.ToString());
        return Ecriture.De(await db.SauverActionAsync(message, Conflit, ct), id);
    }

    /// <summary>The exit's contract for the hire's: a contrat aidé (PEC) has no kind of its own among exits, it counts as « autre ».</summary>
    public static TypeContratSortie VersSortie(TypeContratOffre type) => type switch
    {
        TypeContratOffre.Cdi => TypeContratSortie.Cdi,
        TypeContratOffre.Cdd => TypeContratSortie.Cdd,
        TypeContratOffre.Interim => TypeContratSortie.Interim,
        TypeContratOffre.Alternance => TypeContratSortie.Alternance,
        TypeContratOffre.CddiIae => TypeContratSortie.Iae,
        _ => TypeContratSortie.Autre,
    };

    private static string? Texte(string? valeur) => string.IsNullOrWhiteSpace(valeur) ? null : valeur.Trim();
}
