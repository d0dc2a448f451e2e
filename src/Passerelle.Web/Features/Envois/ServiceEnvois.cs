using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;

namespace Passerelle.Web.Features.Envois;

/// <summary>
/// Sends one template to one person on one channel, at most once per idempotence key: the journal
/// row is inserted and committed first (the claim), then the message goes, then the outcome is saved.
/// </summary>
public sealed class ServiceEnvois(
    AppDbContext db, IServiceProvider services, ModelesCourrier modeles, ChampsPersonne champsPersonne,
    EnvoiEmail email, EnvoiSms sms, IJoignabilite joignabilite, TimeProvider horloge, ILogger<ServiceEnvois> journal)
{
    private static readonly TimeSpan FenetreEchecsRecents = TimeSpan.FromDays(30);

    public async Task<ResultatEnvoi> EnvoyerAsync(Personne personne, CanalEnvoi canal, string codeModele,
        IReadOnlyDictionary<string, string> champs, string cle, CancellationToken ct = default)
    {
        if (db.TenantId is not int departementId || personne.DepartementId != departementId)
            throw new InvalidOperationException("La personne n'appartient pas au département courant.");
        // The claim must be committed before sending; inside the caller's transaction it would not be.
        if (db.Database.CurrentTransaction is not null)
            throw new InvalidOperationException("Un envoi ne peut pas être fait dans une transaction ouverte : le verrou de l'envoi doit être validé avant l'envoi.");
        var modele = await modeles.ModeleAsync(codeModele, ct);
        var valeurs = await champsPersonne.CompleterAsync(personne, champs, ct);
        var message = RenduCourrier.Fusion(modele, valeurs);
        var courrier = canal == CanalEnvoi.Courrier ? Courrier.Depuis(message, valeurs) : null;
        var destinataire = canal switch
        {
            CanalEnvoi.Email => personne.Email?.Trim(),
            CanalEnvoi.Sms => NumeroMobile.Verifier(personne.Telephone).Valeur ?? personne.Telephone?.Trim(),
            _ => string.Join(", ", courrier!.Destinataire),
        };

        await using var verrou = OuvrirContexte(departementId);
        var envoi = await RevendiquerAsync(verrou, new Envoi
        {
            DepartementId = departementId,
            PersonneId = personne.Id,
            Canal = canal,
            CodeModele = codeModele,
            Cle = cle,
            Destinataire = Tronquer(destinataire, 300),
            Statut = StatutEnvoi.EnAttente,
            CreeLe = horloge.GetUtcNow().UtcDateTime,
        }, ct);
        if (envoi is null) return ResultatEnvoi.DejaTraite;

        var code = await db.Departements.AsNoTracking().Where(d => d.Id == departementId).Select(d => new { d.Code, d.Nom }).SingleAsync(ct);
        var remise = canal switch
        {
            CanalEnvoi.Email => await email.EnvoyerAsync(code.Code, $"{code.Nom} – service insertion", destinataire ?? "", message.Objet, message.Corps, ct),
            CanalEnvoi.Sms when string.IsNullOrWhiteSpace(message.Sms) => Remise.Echec($"Le modèle « {modele.Libelle} » n'a pas de texte SMS."),
            CanalEnvoi.Sms => await sms.EnvoyerAsync(code.Code, destinataire ?? "", message.Sms!, ct),
            _ => courrier!.Destinataire.Count < 2 ? Remise.Echec("L'adresse postale de la personne est inconnue : le courrier ne peut pas être préparé.") : Remise.Ok,
        };

        envoi.Statut = remise.Reussie ? StatutEnvoi.Envoye : StatutEnvoi.Echec;
        envoi.Erreur = Tronquer(remise.Erreur, 500);
        envoi.EnvoyeLe = remise.Reussie ? horloge.GetUtcNow().UtcDateTime : null;
        // Once sent, the outcome is recorded even if the caller gave up meanwhile.
        await verrou.SaveChangesAsync(CancellationToken.None);
        journal.LogInformation("Envoi {EnvoiId} ({Canal}, {Modele}) : {Statut}", envoi.Id, canal, codeModele, envoi.Statut);
        if (remise.AdresseRefusee) await joignabilite.AdresseRefuseeAsync(personne.Id, destinataire ?? "", remise.Erreur!, CancellationToken.None);
        return remise.Reussie
            ? new ResultatEnvoi(IssueEnvoi.Envoye, EnvoiId: envoi.Id, Courrier: courrier)
            : new ResultatEnvoi(IssueEnvoi.Echec, remise.Erreur, envoi.Id);
    }

    /// <summary>The person's failed deliveries of the last 30 days, newest first, for a warning on their page.</summary>
    public async Task<IReadOnlyList<LigneEnvoi>> EchecsRecentsAsync(int personneId, CancellationToken ct = default)
    {
        var depuis = horloge.GetUtcNow().UtcDateTime - FenetreEchecsRecents;
        return await Lignes(db.Set<Envoi>().Where(e => e.PersonneId == personneId && e.Statut == StatutEnvoi.Echec && e.CreeLe >= depuis))
            .Take(20).ToListAsync(ct);
    }

    /// <summary>The person's latest deliveries, newest first, for <c>_EnvoisPersonne.cshtml</c>.</summary>
    public async Task<IReadOnlyList<LigneEnvoi>> EnvoisDeLaPersonneAsync(int personneId, int nombre = 50, CancellationToken ct = default) =>
        await Lignes(db.Set<Envoi>().Where(e => e.PersonneId == personneId)).Take(nombre).ToListAsync(ct);

    private static IQueryable<LigneEnvoi> Lignes(IQueryable<Envoi> envois) =>
        envois.OrderByDescending(e => e.CreeLe).ThenByDescending(e => e.Id)
            .Select(e => new LigneEnvoi(e.Id, e.PersonneId, e.Canal, e.CodeModele, e.Destinataire, e.Statut, e.Erreur, e.CreeLe, e.EnvoyeLe));

    /// <summary>
    /// Inserts the claim; on a duplicate key, takes back a failed earlier attempt to the same person
    /// (a retry after the address was corrected) in one conditional UPDATE, so that two retries cannot both win.
    /// </summary>
    private static async Task<Envoi?> RevendiquerAsync(AppDbContext verrou, Envoi envoi, CancellationToken ct)
    {
        verrou.Add(envoi);
        try
        {
            await verrou.SaveChangesAsync(ct);
            return envoi;
        }
        catch (DbUpdateException e) when (EstDoublon(e))
        {
            verrou.Entry(envoi).State = EntityState.Detached;
        }
        var repris = await verrou.Set<Envoi>()
            .Where(x => x.Cle == envoi.Cle && x.Canal == envoi.Canal && x.PersonneId == envoi.PersonneId && x.Statut == StatutEnvoi.Echec)
            .ExecuteUpdateAsync(s => s
                .SetProperty(x => x.Statut, StatutEnvoi.EnAttente)
                .SetProperty(x => x.Erreur, (string?)null)
                .SetProperty(x => x.Destinataire, envoi.Destinataire)
                .SetProperty(x => x.CodeModele, envoi.CodeModele)
                .SetProperty(x => x.CreeLe, envoi.CreeLe), ct);
        return repris == 0 ? null : await verrou.Set<Envoi>().SingleAsync(x => x.Cle == envoi.Cle && x.Canal == envoi.Canal, ct);
    }

    /// <summary>The journal's claim lost to an earlier one: the unique key refused the insert (also used by the entry reminders' journal).</summary>
    internal static bool EstDoublon(DbUpdateException e) => e.InnerException switch
    {
        SqliteException s => s.SqliteErrorCode == 19 && s.SqliteExtendedErrorCode == 2067,
        PostgresException p => p.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    /// <summary>
    /// A context of its own for the journal: saving the claim must not flush the caller's pending
    /// changes, and it names the département explicitly (same pattern as ContexteDepartement).
    /// </summary>
    private AppDbContext OuvrirContexte(int departementId) =>
        (AppDbContext)ActivatorUtilities.CreateInstance(services, db.GetType(), new TenantFixe(departementId));

    private static string? Tronquer(string? texte, int max) => texte is { Length: var n } && n > max ? texte[..max] : texte;

    private sealed class TenantFixe(int departementId) : ITenantContext
    {
        public int? DepartementId => departementId;
    }
}
