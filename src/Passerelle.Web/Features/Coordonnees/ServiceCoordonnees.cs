using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Audit;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Coordonnees;

/// <summary>
/// Contact details and consents changed by an agent or the person's référent: scope first (an
/// unknown person and one out of scope get the same answer), then role, version and values; each
/// changed field goes to the history and the whole change to the audit journal, in one unit of work.
/// </summary>
public sealed class ServiceCoordonnees(PerimetreDossiers perimetre, AppDbContext db, AuditJournal audit, CurrentUser user, HeureLegale heure)
{
    private static readonly Role[] RolesModification = [Role.AgentDepartemental, Role.Referent, Role.ResponsableStructure];
    public const string ChampTelephone = "Téléphone mobile";
    public const string ChampTelephone2 = "Autre téléphone";
    public const string ChampEmail = "E-mail";
    public const string ChampConsentementSms = "Accord pour les SMS";
    public const string ChampConsentementEmail = "Accord pour les e-mails";
    public const string ChampEmailEnErreur = "E-mail en erreur";

    private string Auteur => user.NomComplet ?? user.Email ?? "système";

    public async Task<ResultatAction> ModifierAsync(int personneId, SaisieCoordonnees saisie, CancellationToken ct)
    {
        var (personne, coordonnees, refus) = await ChargerAsync(personneId, saisie.Version, ct);
        if (refus is not null) return refus;
        var (telephone, erreur1) = RegleCoordonnees.Telephone(saisie.Telephone, "téléphone mobile");
        var (telephone2, erreur2) = RegleCoordonnees.Telephone(saisie.Telephone2, "second téléphone");
        var (email, erreur3) = RegleCoordonnees.Email(saisie.Email);
        if ((erreur1 ?? erreur2 ?? erreur3) is { } erreur) return Annuler(ResultatAction.Refus(erreur));
        if ((saisie.ConsentementSms && !coordonnees!.ConsentementSms.Donne || saisie.ConsentementEmail && !coordonnees!.ConsentementEmail.Donne) && saisie.Recueil is null)
            return Annuler(ResultatAction.Refus("Indiquez comment l'accord de la personne a été recueilli."));

        var changements = new List<ChangementCoordonnees>();
        void Noter(string champ, string? ancienne, string? nouvelle)
        {
            if (ancienne != nouvelle) changements.Add(Changement(personne!.Id, champ, ancienne, nouvelle));
        }
        Noter(ChampTelephone, personne!.Telephone, telephone);
        Noter(ChampTelephone2, coordonnees!.Telephone2, telephone2);
        Noter(ChampEmail, personne.Email, email);
        (personne.Telephone, coordonnees.Telephone2, personne.Email) = (telephone, telephone2, email);
        Consentir(coordonnees.ConsentementSms, saisie.ConsentementSms, saisie.Recueil, ChampConsentementSms, Noter);
        Consentir(coordonnees.ConsentementEmail, saisie.ConsentementEmail, saisie.Recueil, ChampConsentementEmail, Noter);
        if (changements.Count == 0) return Annuler(ResultatAction.Ok("Aucune modification des coordonnées."));
        db.AddRange(changements);
        // A change of consent alone touches only the owned columns: the row itself must count as changed for its version.
        if (db.Entry(coordonnees).State == EntityState.Unchanged) db.Entry(coordonnees).State = EntityState.Modified;
        audit.Enregistrer(ActionsCoordonnees.Modification, nameof(Personne), personne.Id, string.Join(", ", changements.Select(c => c.Champ)));
        var sansSms = RegleCoordonnees.RaisonSansSms(telephone);
        return await SauverAsync("Coordonnées enregistrées." + (telephone is not null && sansSms is not null ? " " + sansSms : ""), ct);
    }

    /// <summary>An agent marks the e-mail address as not working (the person says so, a message came back): no more e-mails until it changes.</summary>
    public async Task<ResultatAction> SignalerEmailEnErreurAsync(int personneId, int version, CancellationToken ct)
    {
        var (personne, coordonnees, refus) = await ChargerAsync(personneId, version, ct);
        if (refus is not null) return refus;
        if (personne!.Email is null) return Annuler(ResultatAction.Refus("La personne n'a pas d'adresse e-mail."));
        if (coordonnees!.EmailEnErreur == personne.Email) return Annuler(ResultatAction.Refus("Cette adresse est déjà marquée en erreur."));
        MarquerEnErreur(coordonnees, personne.Email, $"Signalée en erreur par {Auteur}.", heure.MaintenantUtc);
        db.Add(Changement(personneId, ChampEmailEnErreur, null, personne.Email));
        audit.Enregistrer(ActionsCoordonnees.EmailEnErreur, nameof(Personne), personneId, "Adresse e-mail marquée en erreur");
        return await SauverAsync("L'adresse e-mail est marquée en erreur : aucun e-mail ne lui sera plus envoyé tant qu'elle n'est pas corrigée.", ct);
    }

    internal static void MarquerEnErreur(CoordonneesPersonne coordonnees, string adresse, string erreur, DateTime le) =>
        (coordonnees.EmailEnErreur, coordonnees.EmailEnErreurLe, coordonnees.EmailErreur) = (adresse, le, erreur.Length > 500 ? erreur[..500] : erreur);

    private void Consentir(Consentement consentement, bool donne, RecueilConsentement? recueil, string champ, Action<string, string?, string?> noter)
    {
        if (consentement.Donne == donne) return;
        noter(champ, consentement.Donne ? "donné" : "non donné", donne ? $"donné ({recueil?.Libelle()})" : "retiré");
        (consentement.Donne, consentement.Le, consentement.Par, consentement.Recueil) = (donne, heure.MaintenantUtc, Auteur, donne ? recueil : null);
    }

    private ChangementCoordonnees Changement(int personneId, string champ, string? ancienne, string? nouvelle) =>
        new() { PersonneId = personneId, Champ = champ, Ancienne = ancienne, Nouvelle = nouvelle, Par = Auteur, Le = heure.MaintenantUtc };

    private async Task<(Personne?, CoordonneesPersonne?, ResultatAction?)> ChargerAsync(int personneId, int version, CancellationToken ct)
    {
        var personne = await perimetre.Filtrer(db.Personnes).FirstOrDefaultAsync(p => p.Id == personneId, ct);
        if (personne is null) return (null, null, ResultatAction.HorsPerimetre);
        if (!RolesModification.Any(user.A)) return (null, null, Annuler(ResultatAction.Refus("Votre rôle ne permet pas de modifier les coordonnées d'une personne.")));
        var coordonnees = await db.Set<CoordonneesPersonne>().FirstOrDefaultAsync(c => c.PersonneId == personneId, ct);
        // A person without a row shows version 0; the row starts at 1 so that a form read before it existed is stale.
        if ((coordonnees?.Version ?? 0) != version) return (null, null, Annuler(ResultatAction.Conflit));
        if (coordonnees is null) db.Add(coordonnees = new CoordonneesPersonne { PersonneId = personneId, Version = 1 });
        return (personne, coordonnees, null);
    }

    private async Task<ResultatAction> SauverAsync(string message, CancellationToken ct)
    {
        try
        {
            return await db.SauverActionAsync(message, ResultatAction.Conflit, ct);
        }
        catch (DbUpdateException)
        {
            // Two first edits of the same person both insert the row: the second is a conflict too.
            return ResultatAction.Conflit;
        }
    }

    private ResultatAction Annuler(ResultatAction resultat) => db.Abandonner(resultat);
}
