namespace Passerelle.Web.Features.Parrainage;

/// <summary>The checks of the mentor's profile, of a proposed pairing and of a meeting; every refusal in French and attached to its field, all at once.</summary>
public static class ReglesParrainage
{
    /// <summary>Drôme's action plans a mentoring over months, not years: beyond a year, the référent proposes a new pairing.</summary>
    public const int DureeMaximaleMois = 12;

    /// <summary>A meeting of more than a working day is not a meeting: most likely minutes typed as hours.</summary>
    public const int DureeMaximaleRencontreMinutes = 480;

    public static IReadOnlyDictionary<string, string> Verifier(SaisieParrain s, DateOnly aujourdhui)
    {
        var erreurs = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(s.UtilisateurId)) erreurs[nameof(s.UtilisateurId)] = "Choisissez le compte du parrain (un compte habilité « Parrain ou marraine bénévole »).";
        Texte(erreurs, nameof(s.Metier), s.Metier, 200, "Indiquez le métier du parrain.");
        Texte(erreurs, nameof(s.Secteur), s.Secteur, 200, null);
        Texte(erreurs, nameof(s.Disponibilites), s.Disponibilites, 500, null);
        if (s.DateEngagement is not DateOnly engagement) erreurs[nameof(s.DateEngagement)] = "Indiquez la date d'engagement du parrain.";
        else if (engagement > aujourdhui) erreurs[nameof(s.DateEngagement)] = "La date d'engagement ne peut pas être future.";
        return erreurs;
    }

    public static IReadOnlyDictionary<string, string> Verifier(SaisieParrainage s, DateOnly aujourdhui)
    {
        var erreurs = new Dictionary<string, string>(StringComparer.Ordinal);
        if (s.ParrainId is null) erreurs[nameof(s.ParrainId)] = "Choisissez le parrain.";
        if (s.DateDebut is not DateOnly debut) erreurs[nameof(s.DateDebut)] = "Indiquez la date de début.";
        else if (debut < aujourdhui.AddMonths(-1)) erreurs[nameof(s.DateDebut)] = "La date de début ne peut précéder d'un mois la proposition : un parrainage se propose avant de commencer.";
        if (s.DateFinPrevue is not DateOnly fin) erreurs[nameof(s.DateFinPrevue)] = "Indiquez la date de fin prévue.";
        else if (s.DateDebut is DateOnly d && fin <= d) erreurs[nameof(s.DateFinPrevue)] = "La date de fin prévue doit suivre la date de début.";
        else if (s.DateDebut is DateOnly d2 && fin > d2.AddMonths(DureeMaximaleMois))
            erreurs[nameof(s.DateFinPrevue)] = $"Un parrainage dure {DureeMaximaleMois} mois au plus : choisissez une fin prévue au plus tard le {d2.AddMonths(DureeMaximaleMois):dd/MM/yyyy}.";
        Texte(erreurs, nameof(s.Objectifs), s.Objectifs, 2000, "Indiquez les objectifs du parrainage.");
        Texte(erreurs, nameof(s.MetierVise), s.MetierVise, 200, null);
        Texte(erreurs, nameof(s.Message), s.Message, 1000, null);
        return erreurs;
    }

    public static IReadOnlyDictionary<string, string> Verifier(SaisieRencontre s, DateOnly debutParrainage, DateOnly aujourdhui)
    {
        var erreurs = new Dictionary<string, string>(StringComparer.Ordinal);
        if (s.Date is not DateOnly date) erreurs[nameof(s.Date)] = "Indiquez la date de la rencontre.";
        else if (date > aujourdhui) erreurs[nameof(s.Date)] = "Une rencontre se note une fois qu'elle a eu lieu : la date ne peut pas être future.";
        else if (date < debutParrainage) erreurs[nameof(s.Date)] = $"La rencontre ne peut précéder le début du parrainage ({debutParrainage:dd/MM/yyyy}).";
        if (s.DureeMinutes is not int duree || duree < 1 || duree > DureeMaximaleRencontreMinutes)
            erreurs[nameof(s.DureeMinutes)] = $"Indiquez la durée de la rencontre en minutes, de 1 à {DureeMaximaleRencontreMinutes}.";
        Texte(erreurs, nameof(s.Sujet), s.Sujet, 200, "Indiquez le sujet de la rencontre.");
        Texte(erreurs, nameof(s.Note), s.Note, 2000, null);
        return erreurs;
    }

    public static string? Nettoyer(string? texte) => string.IsNullOrWhiteSpace(texte) ? null : texte.Trim();

    private static void Texte(Dictionary<string, string> erreurs, string champ, string? valeur, int longueur, string? siVide)
    {
        if (string.IsNullOrWhiteSpace(valeur))
        {
            if (siVide is not null) erreurs[champ] = siVide;
        }
        else if (valeur.Trim().Length > longueur) erreurs[champ] = $"Ce champ ne peut dépasser {longueur} caractères.";
    }
}
