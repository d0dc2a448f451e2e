using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Envois;

/// <summary>
/// One message to one person on each channel the caller wants and the person can receive: e-mail
/// when they have an address, SMS when they have a phone, each only with their consent and e-mail
/// not to a refused address (<see cref="IJoignabilite"/>), a letter whenever asked (the address is
/// checked by <see cref="ServiceEnvois"/>). Returns a French summary for the action's message.
/// </summary>
public sealed class NotificationsPersonne(AppDbContext db, ServiceEnvois envois, IJoignabilite joignabilite)
{
    public async Task<string> EnvoyerAsync(int personneId, string modele, IReadOnlyDictionary<string, string> champs, string cle,
        IReadOnlyCollection<CanalEnvoi> canauxVoulus, CancellationToken ct)
    {
        var personne = await db.Personnes.AsNoTracking().FirstAsync(p => p.Id == personneId, ct);
        var fermes = await joignabilite.CanauxFermesAsync(personneId, ct);
        var canaux = new List<CanalEnvoi>();
        var bilan = new List<string>();
        foreach (var (canal, adresse) in new[] { (CanalEnvoi.Email, personne.Email), (CanalEnvoi.Sms, personne.Telephone) })
        {
            if (!canauxVoulus.Contains(canal) || string.IsNullOrWhiteSpace(adresse)) continue;
            if (fermes.TryGetValue(canal, out var raison)) bilan.Add($"{Libelle(canal)} non envoyé : {raison}");
            else canaux.Add(canal);
        }
        if (canauxVoulus.Contains(CanalEnvoi.Courrier)) canaux.Add(CanalEnvoi.Courrier);
        foreach (var canal in canaux)
        {
            var resultat = await envois.EnvoyerAsync(personne, canal, modele, champs, cle, ct);
            bilan.Add(resultat.Issue switch
            {
                IssueEnvoi.Echec => $"{Libelle(canal)} : échec ({resultat.Erreur})",
                IssueEnvoi.DejaTraite => $"{Libelle(canal)} : déjà envoyé",
                _ => canal == CanalEnvoi.Courrier ? "courrier à imprimer" : $"{Libelle(canal)} envoyé",
            });
        }
        return bilan.Count == 0 ? "Aucun moyen de contact connu : rien n'a été envoyé." : string.Join(" ; ", bilan) + ".";
    }

    private static string Libelle(CanalEnvoi canal) => canal switch
    {
        CanalEnvoi.Email => "e-mail",
        CanalEnvoi.Sms => "SMS",
        _ => "courrier",
    };
}
