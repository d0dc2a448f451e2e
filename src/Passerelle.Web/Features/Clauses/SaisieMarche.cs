namespace Passerelle.Web.Features.Clauses;

/// <summary>
/// A contract as typed in the form or sent by the API. Lots: one per line. Attributaire: « employeur-12 » or
/// « structure-7 » (a SIAE), as the form's list gives them.
/// </summary>
public sealed record SaisieMarche(string? Numero, string? Acheteur, string? Objet, string? Lots, DateOnly? DateDebut, DateOnly? DateFin,
    int? HeuresExigees, int? TerritoireId, int? FicheActionId, string? FacilitateurId, string? Attributaire);

/// <summary>The contract's fields once checked.</summary>
public sealed record MarcheLu(string Numero, string Acheteur, string Objet, List<string> Lots, DateOnly DateDebut, DateOnly DateFin, int HeuresExigees,
    int? TerritoireId, int? FicheActionId, string? FacilitateurId, int? EmployeurId, int? StructureId);

/// <summary>The checks of a contract's own fields, each refusal in French and attached to its field, all at once.</summary>
public static class ReglesMarche
{
    public const int DureeMaximaleAnnees = 10;

    public static (MarcheLu? Lu, Dictionary<string, string> Erreurs) Lire(SaisieMarche s)
    {
        var erreurs = new Dictionary<string, string>(StringComparer.Ordinal);
        var numero = s.Numero?.Trim();
        if (string.IsNullOrEmpty(numero)) erreurs[nameof(s.Numero)] = "Indiquez le numéro du marché.";
        else if (numero.Length > 50) erreurs[nameof(s.Numero)] = "Le numéro du marché ne peut dépasser 50 caractères.";
        var acheteur = s.Acheteur?.Trim();
        if (string.IsNullOrEmpty(acheteur)) erreurs[nameof(s.Acheteur)] = "Indiquez l'acheteur (le Département, une commune, un bailleur…).";
        else if (acheteur.Length > 200) erreurs[nameof(s.Acheteur)] = "L'acheteur ne peut dépasser 200 caractères.";
        var objet = s.Objet?.Trim();
        if (string.IsNullOrEmpty(objet)) erreurs[nameof(s.Objet)] = "Indiquez l'objet du marché.";
        else if (objet.Length > 500) erreurs[nameof(s.Objet)] = "L'objet du marché ne peut dépasser 500 caractères.";
        var lots = (s.Lots ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (lots.Any(l => l.Length > 200)) erreurs[nameof(s.Lots)] = "Un lot s'écrit sur une ligne de 200 caractères au plus.";
        if (s.DateDebut is null) erreurs[nameof(s.DateDebut)] = "Indiquez la date de début du marché.";
        if (s.DateFin is null) erreurs[nameof(s.DateFin)] = "Indiquez la date de fin du marché.";
        else if (s.DateDebut is { } debut && s.DateFin < debut) erreurs[nameof(s.DateFin)] = "La date de fin du marché ne peut précéder sa date de début.";
        else if (s.DateDebut is { } d && s.DateFin > d.AddYears(DureeMaximaleAnnees))
            erreurs[nameof(s.DateFin)] = $"Un marché de plus de {DureeMaximaleAnnees} ans n'est pas plausible : vérifiez la date de fin.";
        if (s.HeuresExigees is not (> 0 and <= 1_000_000)) erreurs[nameof(s.HeuresExigees)] = "Indiquez les heures d'insertion exigées : un nombre entier d'heures, de 1 à 1 000 000.";
        var (employeur, structure) = Attributaire(s.Attributaire);
        if (!string.IsNullOrWhiteSpace(s.Attributaire) && employeur is null && structure is null)
            erreurs[nameof(s.Attributaire)] = "Choisissez l'attributaire dans la liste des employeurs et des SIAE.";
        if (erreurs.Count > 0) return (null, erreurs);
        return (new MarcheLu(numero!, acheteur!, objet!, lots, s.DateDebut!.Value, s.DateFin!.Value, s.HeuresExigees!.Value, s.TerritoireId, s.FicheActionId,
            string.IsNullOrWhiteSpace(s.FacilitateurId) ? null : s.FacilitateurId, employeur, structure), erreurs);
    }

    public static (int? Employeur, int? Structure) Attributaire(string? valeur)
    {
        var texte = valeur?.Trim() ?? "";
        if (texte.StartsWith("employeur-", StringComparison.Ordinal) && int.TryParse(texte[10..], out var e)) return (e, null);
        if (texte.StartsWith("structure-", StringComparison.Ordinal) && int.TryParse(texte[10..], out var s)) return (null, s);
        return (null, null);
    }

    public static string? Attributaire(int? employeurId, int? structureId) =>
        employeurId is int e ? $"employeur-{e}" : structureId is int s ? $"structure-{s}" : null;

    /// <summary>The required hours spread evenly over the contract's months, the rest of the division on the first ones.</summary>
    public static List<(DateOnly Mois, int Heures)> Repartir(DateOnly debut, DateOnly fin, int heures)
    {
        var mois = Mois(debut, fin);
        var (part, reste) = Math.DivRem(heures, mois.Count);
        return [.. mois.Select((m, i) => (m, part + (i < reste ? 1 : 0)))];
    }

    public static List<DateOnly> Mois(DateOnly debut, DateOnly fin)
    {
        var mois = new List<DateOnly>();
        for (var m = new DateOnly(debut.Year, debut.Month, 1); m <= fin; m = m.AddMonths(1)) mois.Add(m);
        return mois;
    }
}
