using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;

namespace Passerelle.Web.Features.Clauses;

/// <summary>What a facilitator sees of a person with a parcours: name and birth date, nothing of the file.</summary>
public sealed record PersonneTrouvee(int Id, string Nom, string Prenoms, DateOnly DateNaissance);

/// <summary>
/// Links a participant to the parcours of the person they are, when they have one: the facilitator looks for persons by
/// NIR, or by name and birth date, among those whose parcours lies in their territoires (the whole département for
/// département-wide staff), sees only names and birth dates, and picks one. The NIR is matched by its keyed fingerprint,
/// never read back.
/// </summary>
public sealed class RapprochementParcours(AppDbContext db, AccesClauses acces, ProtectionNir nir, AuditJournal audit)
{
    public const string ActionRattachement = "clause-participant-parcours";

    public static readonly ResultatAction Introuvable = ResultatAction.Refus("Ce participant n'existe pas ou n'est sur aucun marché de votre périmètre.");

    public Task<ParticipantClause?> ParticipantAsync(int id, CancellationToken ct)
    {
        var marches = acces.Atteints(db.Set<MarcheClause>()).Select(m => m.Id);
        return db.Set<ParticipantClause>().AsNoTracking()
            .Where(p => p.Id == id && db.Set<ParticipationClause>().Any(x => x.ParticipantClauseId == p.Id && marches.Contains(x.MarcheClauseId)))
            .FirstOrDefaultAsync(ct);
    }

    /// <param name="numeroNir">A NIR (13 or 15 characters); when given, the name is not used.</param>
    public async Task<IReadOnlyList<PersonneTrouvee>> ChercherAsync(string? numeroNir, string? nom, DateOnly? naissance, CancellationToken ct)
    {
        var personnes = Atteintes();
        if (!string.IsNullOrWhiteSpace(numeroNir))
        {
            if (nir.Empreinte(numeroNir) is not { } empreinte) return [];
            personnes = personnes.Where(p => p.EmpreinteNir == empreinte);
        }
        else if (!string.IsNullOrWhiteSpace(nom) && naissance is DateOnly date)
        {
            var cle = NormalisationNom.Normaliser(nom);
            personnes = personnes.Where(p => p.DateNaissance == date && p.CleIdentite.StartsWith(cle));
        }
        else return [];
        return await personnes.OrderBy(p => p.Nom).ThenBy(p => p.Prenoms).Take(10)
            .Select(p => new PersonneTrouvee(p.Id, p.Nom, p.Prenoms, p.DateNaissance)).ToListAsync(ct);
    }

    /// <summary>
    /// The parcours a participant being registered is linked to without a facilitator's choice: the one person within reach
    /// with their NIR when it is given, else with their surname, first name (the first of their first names) and birth date;
    /// none when no one, or more than one, matches.
    /// </summary>
    public async Task<int?> PersonneUniqueAsync(string? numeroNir, string nom, string prenom, DateOnly naissance, CancellationToken ct)
    {
        var personnes = Atteintes();
        if (nir.Empreinte(numeroNir) is { } empreinte) personnes = personnes.Where(p => p.EmpreinteNir == empreinte);
        else
        {
            var cle = NormalisationNom.CleIdentite(nom, prenom);
            var suivie = cle + " ";
            personnes = personnes.Where(p => p.DateNaissance == naissance && (p.CleIdentite == cle || p.CleIdentite.StartsWith(suivie)));
        }
        var ids = await personnes.Select(p => p.Id).Take(2).ToListAsync(ct);
        return ids.Count == 1 ? ids[0] : null;
    }

    /// <param name="personneId">null to undo a link.</param>
    public async Task<ResultatAction> RattacherAsync(int participantId, int? personneId, CancellationToken ct)
    {
        if (await ParticipantAsync(participantId, ct) is null) return Introuvable;
        if (personneId is int p && !await Atteintes().AnyAsync(x => x.Id == p, ct))
            return ResultatAction.Refus("Cette personne n'a pas de parcours dans votre périmètre : cherchez-la par son NIR ou son nom et sa date de naissance.");
        await db.Set<ParticipantClause>().Where(x => x.Id == participantId).ExecuteUpdateAsync(s => s.SetProperty(x => x.PersonneId, personneId), ct);
        audit.Enregistrer(ActionRattachement, nameof(ParticipantClause), participantId, personneId is null ? "lien retiré" : $"personne {personneId}");
        await db.SaveChangesAsync(ct);
        return ResultatAction.Ok(personneId is null ? "Le lien avec le parcours est retiré." : "Le participant est rattaché à son parcours.");
    }

    private IQueryable<Personne> Atteintes()
    {
        var parcours = db.Set<Parcours>().AsQueryable();
        if (!acces.ToutLeDepartement)
        {
            var territoires = acces.Territoires;
            parcours = parcours.Where(x => x.TerritoireId != null && territoires.Contains(x.TerritoireId.Value));
        }
        var ids = parcours.Select(x => x.PersonneId);
        return db.Set<Personne>().AsNoTracking().Where(p => ids.Contains(p.Id));
    }
}
