using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Clauses;

/// <summary>
/// A beneficiary put on a contract: who they are, their public, the employer or SIAE that employs them there (« employeur-12 »,
/// « structure-7 »), and their NIR when known, only to find their parcours.
/// </summary>
public sealed record SaisieParticipant(string? Nom, string? Prenom, DateOnly? DateNaissance, PublicClause? Public, string? Employeur, string? Nir = null);

/// <summary>
/// Puts beneficiaries on contracts: the same person (name and birth date) is one participant across the département's
/// contracts, so their monthly ceiling is counted over all of them; on each contract, the employer or SIAE employing them.
/// A new participant is linked to their parcours when exactly one person within the writer's reach is them
/// (<see cref="RapprochementParcours.PersonneUniqueAsync"/>); otherwise the facilitator links them from their page.
/// </summary>
public sealed class ServiceParticipants(AppDbContext db, AccesClauses acces, RapprochementParcours rapprochement, AuditJournal audit, CurrentUser user, HeureLegale heure)
{
    public const string ActionInscription = "clause-participant";

    private string Auteur => user.NomComplet ?? user.Email ?? "système";

    public async Task<Ecriture> InscrireAsync(int marcheId, SaisieParticipant s, CancellationToken ct)
    {
        if (await acces.Atteints(db.Set<MarcheClause>()).FirstOrDefaultAsync(m => m.Id == marcheId, ct) is not { } marche)
            return new(ServiceMarches.Introuvable, new Dictionary<string, string>());
        var erreurs = new Dictionary<string, string>(StringComparer.Ordinal);
        var nom = s.Nom?.Trim();
        var prenom = s.Prenom?.Trim();
        if (string.IsNullOrEmpty(nom) || nom.Length > 100) erreurs[nameof(s.Nom)] = "Indiquez le nom du participant (100 caractères au plus).";
        if (string.IsNullOrEmpty(prenom) || prenom.Length > 100) erreurs[nameof(s.Prenom)] = "Indiquez le prénom du participant (100 caractères au plus).";
        var aujourdhui = heure.Aujourdhui;
        if (s.DateNaissance is not DateOnly naissance) erreurs[nameof(s.DateNaissance)] = "Indiquez la date de naissance du participant.";
        else if (naissance > aujourdhui.AddYears(-16) || naissance < aujourdhui.AddYears(-100))
            erreurs[nameof(s.DateNaissance)] = "La date de naissance doit donner un âge de 16 à 100 ans.";
        if (Nir.Lire(s.Nir) is { Complet: null, Anomalie: { } anomalie }) erreurs[nameof(s.Nir)] = anomalie;
        var (employeur, structure) = ReglesMarche.Attributaire(s.Employeur);
        if (employeur is null && structure is null) (employeur, structure) = (marche.EmployeurId, marche.StructureId);
        if (employeur is int e && !await db.Set<Employeurs.Employeur>().AnyAsync(x => x.Id == e, ct)) erreurs[nameof(s.Employeur)] = "Cet employeur n'existe pas dans le département.";
        if (structure is int st && !await db.Structures.AnyAsync(x => x.Id == st && ChoixMarche.TypesSiae.Contains(x.Type), ct))
            erreurs[nameof(s.Employeur)] = "L'employeur doit être un employeur ou une SIAE du département.";
        if (erreurs.Count > 0) return Ecriture.Champs(erreurs, "Corrigez les champs signalés : le participant n'a pas été inscrit.");
        var cle = NormalisationNom.CleIdentite(nom!, prenom!);
        var participant = await db.Set<ParticipantClause>().FirstOrDefaultAsync(p => p.Cle == cle && p.DateNaissance == s.DateNaissance, ct);
        if (participant is not null && await db.Set<ParticipationClause>().AnyAsync(p => p.MarcheClauseId == marcheId && p.ParticipantClauseId == participant.Id, ct))
            return Ecriture.Champ(nameof(s.Nom), $"{participant.Prenom} {participant.Nom} est déjà inscrit(e) sur ce marché.");
        participant ??= new ParticipantClause
        {
            Nom = nom!,
            Prenom = prenom!,
            Cle = cle,
            DateNaissance = s.DateNaissance!.Value,
            Public = s.Public ?? PublicClause.Autre,
            PersonneId = await rapprochement.PersonneUniqueAsync(s.Nir, nom!, prenom!, s.DateNaissance!.Value, ct),
            CreeLe = heure.MaintenantUtc,
            CreePar = Auteur,
        };
        var rattache = participant.Id == 0 && participant.PersonneId is not null;
        db.Add(new ParticipationClause { MarcheClauseId = marcheId, Participant = participant, EmployeurId = employeur, StructureId = structure });
        await db.SaveChangesAsync(ct);
        audit.Enregistrer(ActionInscription, nameof(MarcheClause), marcheId, $"participant {participant.Id}");
        if (rattache) audit.Enregistrer(RapprochementParcours.ActionRattachement, nameof(ParticipantClause), participant.Id, $"personne {participant.PersonneId} (à l'inscription)");
        var message = $"{participant.Prenom} {participant.Nom} inscrit(e) sur le marché{(rattache ? " et rattaché(e) à son parcours" : "")}.";
        var resultat = await db.SauverActionAsync(message, ResultatAction.Conflit, ct);
        return new(resultat, new Dictionary<string, string>(), participant.Id);
    }
}
