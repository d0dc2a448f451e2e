using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Envois;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Detection;

/// <summary>
/// The reminders to a person oriented without contract ([config] <see cref="ReglesEp"/>: 60 / +30 / +30 days), each
/// a letter from the editable template « Relance : contrat à signer ». The series counts from the orientation
/// (<see cref="RelanceEp.DateReference"/>): a reorientation starts a new one. A reminder is refused before it is due,
/// once the series is complete (the person is then to be proposed to an EP), and twice: the unique index on the
/// rank makes a double click or two agents send it once.
/// </summary>
public sealed class ServiceRelancesEp(AppDbContext db, PerimetreDossiers perimetre, PerimetreEp perimetreEp, ServiceEnvois envois, AuditJournal audit, CurrentUser user, HeureLegale heure)
{
    public const string ActionAudit = "ep-relance";

    public async Task<ResultatAction> EnvoyerAsync(int personneId, CancellationToken ct)
    {
        var parcours = await perimetre.Filtrer(db.Set<Parcours>()).AsNoTracking().Where(p => p.PersonneId == personneId && p.DateCloture == null)
            .Select(p => new { p.DateOrientation, p.DateContrat }).FirstOrDefaultAsync(ct);
        if (parcours is null) return ResultatAction.HorsPerimetre;
        if (!perimetreEp.PeutAgir) return ResultatAction.Refus("Seul un agent du département envoie les relances avant équipe pluridisciplinaire.");
        if (parcours.DateOrientation is not DateOnly orientation) return ResultatAction.Refus("La personne n'est pas encore orientée : pas de relance de contrat.");
        if (parcours.DateContrat is DateOnly contrat) return ResultatAction.Refus($"Un contrat est signé depuis le {Jour(contrat)} : plus de relance.");
        var regles = await ReglesEp.EnVigueurAsync(db, ct);
        var envoyees = await db.Set<RelanceEp>().CountAsync(r => r.PersonneId == personneId && r.Nature == NatureThematique.SansContrat && r.DateReference == orientation, ct);
        var rang = envoyees + 1;
        if (rang > regles.NombreRelances)
            return ResultatAction.Refus($"Les {regles.NombreRelances} relances ont été envoyées : proposez la personne en équipe pluridisciplinaire.");
        var aujourdhui = heure.Aujourdhui;
        var echeance = regles.EcheanceRelance(orientation, rang);
        if (aujourdhui < echeance) return ResultatAction.Refus($"La relance n° {rang} n'est due qu'à partir du {Jour(echeance)}.");

        var relance = new RelanceEp
        {
            PersonneId = personneId,
            Nature = NatureThematique.SansContrat,
            DateReference = orientation,
            Rang = rang,
            EnvoyeeLe = aujourdhui,
            EnvoyeePar = user.NomComplet ?? user.Email ?? "Agent",
        };
        db.Add(relance);
        audit.Enregistrer(ActionAudit, nameof(Personne), personneId, $"Relance n° {rang} (contrat à signer, orientation du {Jour(orientation)})");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return db.Abandonner(ResultatAction.Refus($"La relance n° {rang} vient d'être envoyée par un autre agent."));
        }
        db.ChangeTracker.Clear();
        return ResultatAction.Ok($"Relance n° {rang} envoyée : {await CourrierAsync(relance, regles, aujourdhui, ct)}");
    }

    /// <summary>The letter, once the reminder is saved (a delivery is never sent inside a transaction); its journal row is linked to the reminder.</summary>
    private async Task<string> CourrierAsync(RelanceEp relance, ReglesEp regles, DateOnly aujourdhui, CancellationToken ct)
    {
        var personne = await db.Personnes.AsNoTracking().FirstAsync(p => p.Id == relance.PersonneId, ct);
        var resultat = await envois.EnvoyerAsync(personne, CanalEnvoi.Courrier, ModelesParDefaut.RelanceContratEp, Champs(aujourdhui, regles), $"{PrefixeCle}{relance.Id}", ct);
        if (resultat.EnvoiId is int envoi)
            await db.Set<RelanceEp>().Where(r => r.Id == relance.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.EnvoiId, envoi), ct);
        return resultat.Issue == IssueEnvoi.Echec ? $"le courrier n'a pas pu être préparé ({resultat.Erreur})." : "courrier à imprimer.";
    }

    /// <summary>The reminder letter's key: <c>relance-ep:{relance}</c>.</summary>
    public const string PrefixeCle = "relance-ep:";

    /// <summary>The letter's fields: the day by which the person should sign, one interval after the letter.</summary>
    public static Dictionary<string, string> Champs(DateOnly envoyeeLe, ReglesEp regles) =>
        new(StringComparer.Ordinal) { [ChampsFusion.DateLimite] = ChampsPersonne.FormaterDate(envoyeeLe.AddDays(regles.IntervalleRelancesJours)) };

    private static string Jour(DateOnly jour) => jour.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
