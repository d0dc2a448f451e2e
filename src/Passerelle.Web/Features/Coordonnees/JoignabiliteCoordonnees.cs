using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Envois;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Coordonnees;

/// <summary>
/// SMS and e-mail go only with the person's recorded consent, and e-mail not to an address a server
/// refused. The bounce is written at once on its own (the sending service runs outside the caller's
/// unit of work), with its history row.
/// </summary>
public sealed class JoignabiliteCoordonnees(AppDbContext db, HeureLegale heure) : IJoignabilite
{
    public const string SansAccordSms = "la personne n'a pas donné son accord pour recevoir des SMS";
    public const string SansAccordEmail = "la personne n'a pas donné son accord pour recevoir des e-mails";
    public const string EmailEnErreur = "l'adresse e-mail est en erreur";
    public const string ServeurMessagerie = "le serveur de messagerie";

    public async Task<IReadOnlyDictionary<CanalEnvoi, string>> CanauxFermesAsync(int personneId, CancellationToken ct)
    {
        var etat = await db.Set<CoordonneesPersonne>().AsNoTracking().Where(c => c.PersonneId == personneId)
            .Select(c => new { Sms = c.ConsentementSms.Donne, Email = c.ConsentementEmail.Donne, EnErreur = c.EmailEnErreur == db.Personnes.Where(p => p.Id == personneId).Select(p => p.Email).FirstOrDefault() })
            .FirstOrDefaultAsync(ct);
        var fermes = new Dictionary<CanalEnvoi, string>();
        if (etat is not { Sms: true }) fermes[CanalEnvoi.Sms] = SansAccordSms;
        if (etat is not { Email: true }) fermes[CanalEnvoi.Email] = SansAccordEmail;
        else if (etat.EnErreur) fermes[CanalEnvoi.Email] = EmailEnErreur;
        return fermes;
    }

    public async Task AdresseRefuseeAsync(int personneId, string adresse, string erreur, CancellationToken ct)
    {
        var coordonnees = await db.Set<CoordonneesPersonne>().FirstOrDefaultAsync(c => c.PersonneId == personneId, ct);
        if (coordonnees is null) db.Add(coordonnees = new CoordonneesPersonne { PersonneId = personneId, Version = 1 });
        if (coordonnees.EmailEnErreur == adresse) return;
        ServiceCoordonnees.MarquerEnErreur(coordonnees, adresse, erreur, heure.MaintenantUtc);
        db.Add(new ChangementCoordonnees { PersonneId = personneId, Champ = ServiceCoordonnees.ChampEmailEnErreur, Nouvelle = adresse, Par = ServeurMessagerie, Le = heure.MaintenantUtc });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // An edit of the same person won the race: the bounce shows in the journal of sendings anyway.
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
