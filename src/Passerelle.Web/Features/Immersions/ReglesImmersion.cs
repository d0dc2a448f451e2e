namespace Passerelle.Web.Features.Immersions;

/// <summary>An immersion as typed in the form or sent by the API: the host is an employer or a structure, not both.</summary>
public sealed record SaisieImmersion(int? EmployeurId, int? StructureId, DateOnly? DateDebut, DateOnly? DateFin, string? CodeRome, ObjetImmersion? Objet);

/// <summary>
/// The rules of a PMSMP, each refusal in French on its field. Durations (Code du travail D5135-3, as the DGEFP's
/// instruction of 2015 reads it): a convention lasts at most one month « de date à date », whether the presence is
/// continuous or not — from the 10th, the 9th of the next month at the latest; it may be renewed once, for at most one
/// more month from the day after its end, when its objectives were not reached. The outcome is written once it has begun.
/// </summary>
public static class ReglesImmersion
{
    public static DateOnly FinMaximale(DateOnly debut) => debut.AddMonths(1).AddDays(-1);

    public static IReadOnlyDictionary<string, string> Verifier(SaisieImmersion s, Func<string, bool> romeConnu)
    {
        var erreurs = new Dictionary<string, string>(StringComparer.Ordinal);
        if (s.EmployeurId is null == s.StructureId is null)
            erreurs[nameof(s.EmployeurId)] = "Choisissez l'employeur ou la structure qui accueille la personne (l'un des deux).";
        if (s.DateDebut is not DateOnly debut) erreurs[nameof(s.DateDebut)] = "Indiquez la date de début.";
        if (s.DateFin is not DateOnly fin) erreurs[nameof(s.DateFin)] = "Indiquez la date de fin.";
        else if (s.DateDebut is DateOnly d && fin < d) erreurs[nameof(s.DateFin)] = "La date de fin ne peut précéder la date de début.";
        else if (s.DateDebut is DateOnly d2 && fin > FinMaximale(d2))
            erreurs[nameof(s.DateFin)] = $"Une immersion dure un mois au plus de date à date : fin le {FinMaximale(d2):dd/MM/yyyy} au plus tard (un renouvellement d'un mois est possible ensuite).";
        if (string.IsNullOrWhiteSpace(s.CodeRome)) erreurs[nameof(s.CodeRome)] = "Indiquez le code ROME du métier (p. ex. F1703).";
        else if (!romeConnu(s.CodeRome.Trim())) erreurs[nameof(s.CodeRome)] = $"Le code ROME « {s.CodeRome.Trim()} » n'existe pas (une lettre et quatre chiffres, p. ex. F1703).";
        if (s.Objet is null) erreurs[nameof(s.Objet)] = "Choisissez l'objet de l'immersion.";
        return erreurs;
    }

    /// <returns>null when the renewal to <paramref name="nouvelleFin"/> is allowed, else why not.</returns>
    public static string? VerifierRenouvellement(Immersion immersion, DateOnly? nouvelleFin)
    {
        if (immersion.DateFinRenouvellement is not null) return "Cette immersion a déjà été renouvelée : le renouvellement n'est possible qu'une fois.";
        if (immersion.Issue is not null) return "Cette immersion a déjà son issue : elle ne peut plus être renouvelée.";
        if (nouvelleFin is not DateOnly fin) return "Indiquez la nouvelle date de fin.";
        if (fin <= immersion.DateFin) return "La nouvelle date de fin doit suivre la fin actuelle.";
        var maximum = FinMaximale(immersion.DateFin.AddDays(1));
        return fin > maximum ? $"Le renouvellement dure un mois au plus : fin le {maximum:dd/MM/yyyy} au plus tard." : null;
    }

    public static string? VerifierIssue(Immersion immersion, IssueImmersion? issue, DateOnly aujourdhui)
    {
        if (issue is null) return "Choisissez l'issue de l'immersion.";
        return immersion.DateDebut > aujourdhui ? "L'issue se note une fois l'immersion commencée." : null;
    }
}
