using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Agenda;
using Passerelle.Web.Features.Envois;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Courriers;

/// <summary>A letter of the delivery journal: its row, which template, when it was prepared.</summary>
public sealed record CourrierPrepare(int EnvoiId, int PersonneId, string CodeModele, string Cle, DateTime CreeLe);

/// <summary>
/// Prints again a letter recorded in the delivery journal. The journal keeps no text (a letter
/// holds personal data and the journal outlives it), so the letter is merged again: the template
/// in force with the fields rebuilt from what its key names — <c>invitation:{id}</c>,
/// <c>convocation:{id}</c>, <c>decision-orientation:{id}</c> — dated the day it was prepared.
/// Callers check that the person is in the user's scope.
/// </summary>
public sealed class CourriersPersonne(AppDbContext db, ModelesCourrier modeles, ChampsPersonne champsPersonne,
    NotificationsRendezVous rendezVous, NotificationsOrientation orientation, HeureLegale heure)
{
    public string Libelle(CourrierPrepare courrier) =>
        $"{ModelesParDefaut.Trouver(courrier.CodeModele)?.Libelle ?? courrier.CodeModele} du {heure.Jour(courrier.CreeLe).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}";

    /// <summary>The letter of one journal row of the person; null if it is not a letter prepared for them or its source is gone.</summary>
    public async Task<Courrier?> RefaireAsync(int personneId, int envoiId, CancellationToken ct)
    {
        var envoi = await Prepares().Where(e => e.Id == envoiId && e.PersonneId == personneId)
            .Select(e => new CourrierPrepare(e.Id, e.PersonneId, e.CodeModele, e.Cle, e.CreeLe)).FirstOrDefaultAsync(ct);
        return envoi is null ? null : await RefaireAsync(envoi, ct);
    }

    /// <summary>The latest letter prepared for each of the persons; a person without any is absent.</summary>
    public async Task<IReadOnlyDictionary<int, CourrierPrepare>> DerniersAsync(IReadOnlyCollection<int> personneIds, CancellationToken ct)
    {
        var lignes = await Prepares().Where(e => personneIds.Contains(e.PersonneId))
            .Select(e => new CourrierPrepare(e.Id, e.PersonneId, e.CodeModele, e.Cle, e.CreeLe)).ToListAsync(ct);
        return lignes.GroupBy(l => l.PersonneId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(l => l.CreeLe).ThenByDescending(l => l.EnvoiId).First());
    }

    public async Task<Courrier?> RefaireAsync(CourrierPrepare envoi, CancellationToken ct)
    {
        var source = await ChampsAsync(envoi.CodeModele, envoi.Cle, ct);
        if (source is not { } s || s.PersonneId != envoi.PersonneId) return null;
        var personne = await db.Personnes.AsNoTracking().FirstAsync(p => p.Id == envoi.PersonneId, ct);
        s.Champs[ChampsFusion.DateDuJour] = ChampsPersonne.FormaterDate(heure.Jour(envoi.CreeLe));
        var valeurs = await champsPersonne.CompleterAsync(personne, s.Champs, ct);
        var modele = await modeles.ModeleAsync(envoi.CodeModele, ct);
        return Courrier.Depuis(RenduCourrier.Fusion(modele, valeurs), valeurs);
    }

    /// <summary>Letters the sender prepared; a failed one had no address and was never printable.</summary>
    private IQueryable<Envoi> Prepares() =>
        db.Set<Envoi>().AsNoTracking().Where(e => e.Canal == CanalEnvoi.Courrier && e.Statut == StatutEnvoi.Envoye);

    private async Task<(int PersonneId, Dictionary<string, string> Champs)?> ChampsAsync(string codeModele, string cle, CancellationToken ct)
    {
        var parties = cle.Split(':');
        if (parties.Length != 2 || !int.TryParse(parties[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return null;
        return (parties[0], codeModele) switch
        {
            ("invitation", ModelesParDefaut.Invitation) => await rendezVous.ChampsInvitationAsync(id, ct),
            ("convocation", ModelesParDefaut.Convocation) => await rendezVous.ChampsConvocationAsync(id, ct),
            ("decision-orientation", ModelesParDefaut.DecisionOrientation) => await orientation.ChampsDecisionAsync(id, ct),
            _ => null,
        };
    }
}
