using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;

namespace Passerelle.Web.Features.Comites;

/// <summary>The writing of meetings: their day, place and agenda, then once held the attendance of the member institutions and the minutes.</summary>
public sealed class ServiceReunions(AppDbContext db, AccesComites acces, ReunionsGerees gerees, AuditJournal audit, HeureLegale heure)
{
    public const string ActionReunion = "comite-reunion", ActionPresences = "comite-presences", ActionCompteRendu = "comite-compte-rendu";

    private static readonly ResultatAction Conflit = ResultatAction.Refus("Cette réunion vient d'être modifiée par quelqu'un d'autre : rechargez la page, puis recommencez.");

    public async Task<Ecriture> CreerAsync(int comiteId, SaisieReunion saisie, CancellationToken ct)
    {
        if (await db.Set<Comite>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == comiteId, ct) is not { } comite) return RefusComite.Introuvable;
        if (!acces.Gere(comite.Type, comite.TerritoireId)) return RefusComite.HorsTerritoire;
        var erreurs = ReglesComite.Verifier(saisie);
        if (erreurs.Count > 0) return Ecriture.Champs(erreurs);
        var reunion = new Reunion { ComiteId = comiteId, Lieu = saisie.Lieu!.Trim() };
        Remplir(reunion, saisie);
        db.Add(reunion);
        await db.SaveChangesAsync(ct);
        audit.Enregistrer(ActionReunion, nameof(Reunion), reunion.Id, $"réunion du {reunion.Date:yyyy-MM-dd} de l'instance {comiteId}");
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return Ecriture.De(ResultatAction.Ok($"Réunion du {reunion.Date:dd/MM/yyyy} enregistrée."), reunion.Id);
    }

    public async Task<Ecriture> ModifierAsync(int reunionId, int version, SaisieReunion saisie, CancellationToken ct)
    {
        var (reunion, _, refus) = await gerees.ChargerAsync(reunionId, ct);
        if (reunion is null) return refus!;
        var erreurs = ReglesComite.Verifier(saisie);
        if (erreurs.Count == 0 && saisie.Date > gerees.Aujourdhui && (reunion.Presences.Count > 0 || reunion.Decisions.Count > 0 || reunion.CompteRendu is not null))
            erreurs[nameof(saisie.Date)] = "Cette réunion a déjà ses présences, son compte rendu ou ses décisions : elle ne peut être reportée à une date à venir.";
        if (erreurs.Count > 0) return new(db.Abandonner(ResultatAction.Refus("Corrigez les champs signalés : rien n'a été enregistré.")), erreurs);
        db.Entry(reunion).Property(r => r.Version).OriginalValue = version;
        reunion.Lieu = saisie.Lieu!.Trim();
        Remplir(reunion, saisie);
        audit.Enregistrer(ActionReunion, nameof(Reunion), reunionId, "modification");
        return Resultat(await db.SauverActionAsync("Réunion modifiée.", Conflit, ct), reunionId);
    }

    /// <summary>Replaces the attendance of the meeting: all lines or none, only member institutions, only once the meeting is held.</summary>
    public async Task<Ecriture> EnregistrerPresencesAsync(int reunionId, int version, IReadOnlyList<SaisiePresence> lignes, CancellationToken ct)
    {
        var (reunion, comite, refus) = await gerees.ChargerAsync(reunionId, ct);
        if (reunion is null || comite is null) return refus!;
        if (gerees.SiAVenir(reunion, "Presences", "la présence des institutions") is { } aVenir) return aVenir with { Resultat = db.Abandonner(aVenir.Resultat) };
        var erreurs = ReglesComite.Verifier(lignes, comite.Membres.ToDictionary(m => m.Id, m => m.Nom));
        if (erreurs.Count > 0) return new(db.Abandonner(ResultatAction.Refus("Corrigez les institutions signalées : aucune présence n'a été enregistrée.")), erreurs);
        db.Entry(reunion).Property(r => r.Version).OriginalValue = version;
        db.RemoveRange(reunion.Presences.Where(p => !lignes.Any(l => l.MembreComiteId == p.MembreComiteId)));
        foreach (var l in lignes)
        {
            var presence = reunion.Presences.FirstOrDefault(p => p.MembreComiteId == l.MembreComiteId);
            if (presence is null) reunion.Presences.Add(presence = new PresenceReunion { MembreComiteId = l.MembreComiteId });
            presence.Statut = l.Statut!.Value;
            presence.Representants = l.Representants ?? (l.Statut == StatutPresence.Presente ? 1 : 0);
        }
        reunion.ModifieLe = heure.MaintenantUtc;
        audit.Enregistrer(ActionPresences, nameof(Reunion), reunionId, $"{lignes.Count(l => l.Statut == StatutPresence.Presente)} présente(s) sur {lignes.Count}");
        return Resultat(await db.SauverActionAsync("Présences enregistrées.", Conflit, ct), reunionId);
    }

    public async Task<Ecriture> EnregistrerCompteRenduAsync(int reunionId, int version, string? texte, CancellationToken ct)
    {
        var (reunion, _, refus) = await gerees.ChargerAsync(reunionId, ct);
        if (reunion is null) return refus!;
        if (gerees.SiAVenir(reunion, "CompteRendu", "le compte rendu") is { } aVenir) return aVenir with { Resultat = db.Abandonner(aVenir.Resultat) };
        var compteRendu = string.IsNullOrWhiteSpace(texte) ? null : texte.Trim();
        if (compteRendu?.Length > 20000) return new(db.Abandonner(ResultatAction.Refus("Le compte rendu ne peut dépasser 20 000 caractères.")),
            new Dictionary<string, string> { ["CompteRendu"] = "Le compte rendu ne peut dépasser 20 000 caractères : gardez l'essentiel (relevé de décisions, points d'étape)." });
        db.Entry(reunion).Property(r => r.Version).OriginalValue = version;
        reunion.CompteRendu = compteRendu;
        reunion.ModifieLe = heure.MaintenantUtc;
        audit.Enregistrer(ActionCompteRendu, nameof(Reunion), reunionId, compteRendu is null ? "effacé" : $"{compteRendu.Length} caractères");
        return Resultat(await db.SauverActionAsync(compteRendu is null ? "Compte rendu effacé." : "Compte rendu enregistré.", Conflit, ct), reunionId);
    }

    private static Ecriture Resultat(ResultatAction r, int id) => Ecriture.De(r, r.Reussi ? id : null);

    private void Remplir(Reunion r, SaisieReunion s) =>
        (r.Date, r.OrdreDuJour, r.ModifieLe) = (s.Date!.Value, string.IsNullOrWhiteSpace(s.OrdreDuJour) ? null : s.OrdreDuJour.Trim(), heure.MaintenantUtc);
}
