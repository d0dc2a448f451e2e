using System.Text;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Envois;
using Passerelle.Web.Features.Utilisateurs;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Pilotage.Catalogue;

/// <summary>
/// The e-mail reminder of <see cref="RappelsSaisie"/>: for each comité meeting it lists, one e-mail to each pilot of the
/// département (active account with the role <see cref="Role.PiloteProgramme"/> and a valid address) naming the indicators to
/// enter, the period to cover and the link to each entry page. All the pilots: the pilot of a fiche-action is a free text
/// (a service, a partner), not an account. Each (meeting, pilot) is claimed in <see cref="RappelComite"/> before the mail
/// leaves, so that the task, run every 15 minutes and by several instances, sends it once; a failure is logged and kept in
/// the journal, not retried. A département without SMTP server is skipped, so that no claim is spent in vain.
/// </summary>
public sealed class EnvoiRappelsSaisie(AppDbContext db, RappelsSaisie rappels, EnvoiEmail email, ConfigurationEnvois envois,
    HeureLegale heure, IConfiguration configuration, ILogger<EnvoiRappelsSaisie> log) : ITachePeriodique
{
    public async Task<string?> ExecuterAsync(CancellationToken ct)
    {
        var code = await db.CodeDepartementAsync(ct);
        if (envois.Smtp(code) is not { Hote.Length: > 0, Expediteur.Length: > 0 }) return null;
        var comites = await rappels.ListerAsync(ct);
        if (comites.Count == 0) return null;
        var pilotes = await PilotesAsync(ct);
        var reunions = comites.Select(c => c.ReunionId).ToList();
        var faits = (await db.Set<RappelComite>().Where(r => reunions.Contains(r.ReunionId)).Select(r => new { r.ReunionId, r.UtilisateurId }).ToListAsync(ct))
            .Select(r => (r.ReunionId, r.UtilisateurId)).ToHashSet();
        var envoyes = 0;
        foreach (var comite in comites)
        {
            var (objet, corps) = Message(comite);
            foreach (var (id, adresse) in pilotes.Where(p => !faits.Contains((comite.ReunionId, p.Id))))
            {
                var rappel = new RappelComite { ReunionId = comite.ReunionId, UtilisateurId = id, Destinataire = adresse, Statut = StatutEnvoi.EnAttente, CreeLe = heure.MaintenantUtc };
                if (!await RevendiquerAsync(rappel, ct)) continue;
                var remise = await email.EnvoyerAsync(code, "Passerelle", adresse, objet, corps, ct);
                rappel.Statut = remise.Reussie ? StatutEnvoi.Envoye : StatutEnvoi.Echec;
                rappel.Erreur = remise.Erreur is { Length: > 500 } e ? e[..500] : remise.Erreur;
                rappel.EnvoyeLe = remise.Reussie ? heure.MaintenantUtc : null;
                await db.SaveChangesAsync(CancellationToken.None);
                if (remise.Reussie) envoyes++;
                else log.LogWarning("Rappel de saisie de la réunion {Reunion} non remis à l'utilisateur {Utilisateur} : {Erreur}", comite.ReunionId, id, remise.Erreur);
            }
        }
        return envoyes == 0 ? null : $"{envoyes} rappel(s) de saisie d'indicateurs avant comité.";
    }

    private async Task<List<(string Id, string Adresse)>> PilotesAsync(CancellationToken ct)
    {
        var comptes = await db.Set<Habilitation>().Where(h => h.Role == Role.PiloteProgramme)
            .Join(db.Users.OfType<Utilisateur>().Where(u => u.Actif && u.Email != null), h => h.UtilisateurId, u => u.Id, (h, u) => new { u.Id, u.Email })
            .Distinct().OrderBy(u => u.Id).ToListAsync(ct);
        return [.. comptes.Select(c => (c.Id, Adresse: AdresseEmail.Verifier(c.Email).Valeur)).Where(c => c.Adresse is not null).Select(c => (c.Id, c.Adresse!))];
    }

    /// <summary>Inserts the claim; false when another run or instance already holds it.</summary>
    private async Task<bool> RevendiquerAsync(RappelComite rappel, CancellationToken ct)
    {
        db.Add(rappel);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (ServiceEnvois.EstDoublon(e))
        {
            db.Entry(rappel).State = EntityState.Detached;
            return false;
        }
    }

    private (string Objet, string Corps) Message(ComiteASaisir comite)
    {
        var racine = AdressePublique.Racine(configuration);
        var corps = new StringBuilder()
            .Append("Bonjour,\n\n")
            .Append($"Le comité « {comite.Comite} » se réunit le {ChampsPersonne.FormaterDate(comite.Reunion)}. ")
            .Append($"Les indicateurs suivants des fiches-actions qu'il suit sont saisis à la main et n'ont pas encore de valeur pour la période du {ChampsPersonne.FormaterDate(comite.Du)} au {ChampsPersonne.FormaterDate(comite.Au)} :\n\n");
        foreach (var i in comite.Indicateurs) corps.Append($"- Fiche {i.Fiche} : {i.Libelle}\n  {racine}/pilotage/indicateurs-fiche/{i.Id}\n");
        corps.Append("\nMerci de les saisir dans Passerelle avant la réunion.\n\nCe message est envoyé aux pilotes de programme du département ; il ne contient aucune donnée personnelle.");
        return ($"Indicateurs à saisir avant le comité « {comite.Comite} » du {ChampsPersonne.FormaterDate(comite.Reunion)}", corps.ToString());
    }
}
