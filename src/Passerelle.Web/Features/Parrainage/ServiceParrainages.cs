using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Parrainage;

/// <summary>
/// The writing of pairings: the proposal by the person's référent or an agent (<see cref="AccesParrainages"/>), with the
/// snapshot of what is shared; the meetings; the acts of <see cref="TransitionsParrainage"/>. Each write is audit-logged;
/// a pairing out of reach reads as unknown.
/// </summary>
public sealed class ServiceParrainages(AppDbContext db, AccesParrainages acces, AuditJournal audit, CurrentUser user, HeureLegale heure, Communes.Communes communes)
{
    public const string ActionProposition = "parrainage-proposition", ActionRencontre = "parrainage-rencontre", ActionActe = "parrainage-acte";

    public static readonly ResultatAction Introuvable = ResultatAction.Refus("Ce parrainage ou cette personne n'existe pas ou n'est pas dans votre périmètre.");

    private static readonly ResultatAction Conflit = ResultatAction.Refus("Ce parrainage vient d'être modifié par quelqu'un d'autre : rechargez la page, puis recommencez.");

    private string Auteur => user.NomComplet ?? user.Email ?? "système";

    public async Task<Ecriture> ProposerAsync(int personneId, SaisieParrainage saisie, CancellationToken ct)
    {
        if (await acces.RefusPropositionAsync(personneId, ct) is { } refus)
            return Ecriture.De(refus == Introuvable.Message ? Introuvable : ResultatAction.Refus(refus));
        var erreurs = new Dictionary<string, string>(ReglesParrainage.Verifier(saisie, heure.Aujourdhui), StringComparer.Ordinal);
        if (saisie.ParrainId is int parrainId && !await db.Set<Parrain>().AnyAsync(p => p.Id == parrainId && p.Actif, ct))
            erreurs[nameof(saisie.ParrainId)] = "Ce parrain n'existe pas ou n'est plus actif : choisissez-en un autre.";
        if (erreurs.Count > 0) return Ecriture.Champs(erreurs);
        if (await db.Set<Parrainage>().AnyAsync(p => p.PersonneId == personneId && (p.Statut == StatutParrainage.Propose || p.Statut == StatutParrainage.EnCours), ct))
            return Ecriture.Refus("Cette personne a déjà un parrainage proposé ou en cours : terminez-le ou interrompez-le avant d'en proposer un autre.");
        var parrainage = new Parrainage
        {
            ParrainId = saisie.ParrainId!.Value,
            PersonneId = personneId,
            ProposeParId = user.Id!,
            ProposeParNom = Auteur,
            ProposeLe = heure.MaintenantUtc,
            DateDebut = saisie.DateDebut!.Value,
            DateFinPrevue = saisie.DateFinPrevue!.Value,
            Objectifs = saisie.Objectifs!.Trim(),
            Partage = await PartageAsync(personneId, saisie, ct),
            Statut = StatutParrainage.Propose,
        };
        db.Add(parrainage);
        await db.SaveChangesAsync(ct);
        audit.Enregistrer(ActionProposition, nameof(Parrainage), parrainage.Id, $"Parrain {parrainage.ParrainId}");
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return Ecriture.De(ResultatAction.Ok("Parrainage proposé : le parrain le retrouve dans son espace et peut l'accepter."), parrainage.Id);
    }

    public async Task<Ecriture> NoterRencontreAsync(int id, SaisieRencontre saisie, CancellationToken ct)
    {
        if (await acces.Visibles().FirstOrDefaultAsync(p => p.Id == id, ct) is not { } parrainage) return Ecriture.De(Introuvable);
        if (parrainage.Statut != StatutParrainage.EnCours)
            return Ecriture.Refus($"Les rencontres se notent pendant le parrainage ; il est « {parrainage.Statut.Libelle()} ».");
        var erreurs = ReglesParrainage.Verifier(saisie, parrainage.DateDebut, heure.Aujourdhui);
        if (erreurs.Count > 0) return Ecriture.Champs(erreurs);
        db.Add(new RencontreParrainage
        {
            ParrainageId = id,
            Date = saisie.Date!.Value,
            DureeMinutes = saisie.DureeMinutes!.Value,
            Sujet = saisie.Sujet!.Trim(),
            Note = ReglesParrainage.Nettoyer(saisie.Note),
            SaisiePar = Auteur,
            SaisieLe = heure.MaintenantUtc,
        });
        audit.Enregistrer(ActionRencontre, nameof(Parrainage), id, $"{saisie.Date:yyyy-MM-dd}");
        return Ecriture.De(await db.SauverActionAsync("Rencontre notée.", Conflit, ct), id);
    }

    /// <param name="issue">Required to end or interrupt: what the person went on to, or why it stopped.</param>
    public async Task<Ecriture> AgirAsync(int id, int version, ActeParrainage acte, IssueParrainage? issue, CancellationToken ct)
    {
        if (await acces.Visibles().FirstOrDefaultAsync(p => p.Id == id, ct) is not { } parrainage) return Ecriture.De(Introuvable);
        var acteur = await acces.ActeurAsync(parrainage, ct);
        if (TransitionsParrainage.Suivant(parrainage.Statut, acte, acteur) is not { } vers)
            return Ecriture.Refus($"« {acte.Libelle()} » n'est pas possible pour vous : le parrainage est « {parrainage.Statut.Libelle()} ».");
        if (acte != ActeParrainage.Accepter && issue is null) return Ecriture.Champ("Issue", "Indiquez l'issue du parrainage.");
        if (acte == ActeParrainage.Terminer && issue is IssueParrainage.Abandon)
            return Ecriture.Champ("Issue", "Un abandon interrompt le parrainage : choisissez « Interrompre le parrainage ».");
        db.Entry(parrainage).Property(p => p.Version).OriginalValue = version;
        parrainage.Statut = vers;
        if (acte == ActeParrainage.Accepter) parrainage.CommenceLe = heure.Aujourdhui;
        else (parrainage.DateFin, parrainage.Issue) = (heure.Aujourdhui, issue);
        audit.Enregistrer(ActionActe, nameof(Parrainage), id, $"{acte} {issue}");
        var message = acte switch
        {
            ActeParrainage.Accepter => "Parrainage accepté : vous pouvez noter vos rencontres.",
            ActeParrainage.Terminer => "Parrainage terminé.",
            _ => "Parrainage interrompu.",
        };
        return Ecriture.De(await db.SauverActionAsync(message, Conflit, ct), id);
    }

    /// <summary>The parrains a référent may choose: the active ones, by name.</summary>
    public async Task<IReadOnlyList<(int Id, string Nom)>> ParrainsActifsAsync(CancellationToken ct) =>
        [.. (await db.Set<Parrain>().Where(p => p.Actif).Join(db.Users, p => p.UtilisateurId, u => u.Id, (p, u) => new { p.Id, u.Prenom, u.Nom, p.Metier }).ToListAsync(ct))
            .OrderBy(p => p.Nom, StringComparer.Ordinal).Select(p => (p.Id, $"{p.Prenom} {p.Nom} — {p.Metier}"))];

    private async Task<InformationsFilleul> PartageAsync(int personneId, SaisieParrainage saisie, CancellationToken ct)
    {
        var personne = await db.Personnes.AsNoTracking().Where(p => p.Id == personneId).Select(p => new { p.Prenoms, p.Telephone, p.Email }).SingleAsync(ct);
        var codeInsee = saisie.PartagerCommune
            ? await db.Set<Parcours>().Where(p => p.PersonneId == personneId && p.DateCloture == null).Select(p => p.CodeInsee).FirstOrDefaultAsync(ct)
            : null;
        return new InformationsFilleul(personne.Prenoms.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? personne.Prenoms)
        {
            Commune = codeInsee is null ? null : communes.Trouver(codeInsee)?.Nom ?? codeInsee,
            Telephone = saisie.PartagerTelephone ? personne.Telephone : null,
            Courriel = saisie.PartagerCourriel ? personne.Email : null,
            MetierVise = ReglesParrainage.Nettoyer(saisie.MetierVise),
            Message = ReglesParrainage.Nettoyer(saisie.Message),
        };
    }
}
