namespace Passerelle.Web.Features.Comites;

/// <summary>The checks of what an instance, a meeting, an attendance and a decision say on their own, each refusal in French on its field.</summary>
public static class ReglesComite
{
    public static Dictionary<string, string> Verifier(SaisieComite s)
    {
        var erreurs = new Dictionary<string, string>(StringComparer.Ordinal);
        Texte(erreurs, nameof(s.Nom), s.Nom, 200, "Indiquez le nom de l'instance (par exemple « Comité de pilotage du PTI »).");
        if (s.Type is null) erreurs[nameof(s.Type)] = "Choisissez le type d'instance : comité de pilotage, comité technique, comité local ou autre.";
        else if (s.Type == TypeComite.Local && s.TerritoireId is null) erreurs[nameof(s.TerritoireId)] = "Un comité local appartient à un territoire : choisissez-le.";
        else if (s.Type != TypeComite.Local && s.TerritoireId is not null)
            erreurs[nameof(s.TerritoireId)] = "Seul un comité local appartient à un territoire : laissez le territoire vide ou choisissez « Comité local ».";
        if (s.Frequence is null) erreurs[nameof(s.Frequence)] = "Choisissez la fréquence attendue des réunions.";
        return erreurs;
    }

    public static Dictionary<string, string> Verifier(SaisieMembre s)
    {
        var erreurs = new Dictionary<string, string>(StringComparer.Ordinal);
        Texte(erreurs, nameof(s.Nom), s.Nom, 200, "Indiquez le nom de l'institution membre (par exemple « CAF de Maine-et-Loire »).");
        if (s.Type is null) erreurs[nameof(s.Type)] = "Choisissez le type d'institution.";
        return erreurs;
    }

    public static Dictionary<string, string> Verifier(SaisieReunion s)
    {
        var erreurs = new Dictionary<string, string>(StringComparer.Ordinal);
        if (s.Date is null) erreurs[nameof(s.Date)] = "Indiquez la date de la réunion.";
        else if (s.Date.Value.Year is < 1990 or > 2100) erreurs[nameof(s.Date)] = "La date de la réunion doit être comprise entre 1990 et 2100.";
        Texte(erreurs, nameof(s.Lieu), s.Lieu, 200, "Indiquez le lieu de la réunion (salle, ville ou « visioconférence »).");
        if (s.OrdreDuJour?.Length > 4000) erreurs[nameof(s.OrdreDuJour)] = "L'ordre du jour ne peut dépasser 4 000 caractères.";
        return erreurs;
    }

    public static Dictionary<string, string> Verifier(SaisieDecision s)
    {
        var erreurs = new Dictionary<string, string>(StringComparer.Ordinal);
        Texte(erreurs, nameof(s.Texte), s.Texte, 2000, "Indiquez le texte de la décision.");
        if (s.Porteur?.Trim().Length > 200) erreurs[nameof(s.Porteur)] = "Le porteur de la décision ne peut dépasser 200 caractères.";
        if (s.Echeance is { Year: < 1990 or > 2100 }) erreurs[nameof(s.Echeance)] = "L'échéance doit être comprise entre 1990 et 2100.";
        return erreurs;
    }

    /// <summary>The field of one member's line, as the form and the API name it.</summary>
    public static string ChampPresence(int membreId) => $"Presences[{membreId}]";

    /// <summary>Each line must name a member of the instance, once, with a status and a plausible number of representants.</summary>
    public static Dictionary<string, string> Verifier(IReadOnlyList<SaisiePresence> lignes, IReadOnlyDictionary<int, string> membres)
    {
        var erreurs = new Dictionary<string, string>(StringComparer.Ordinal);
        if (lignes.Count == 0) erreurs["Presences"] = "Indiquez la présence d'au moins une institution membre.";
        foreach (var doublon in lignes.GroupBy(l => l.MembreComiteId).Where(g => g.Count() > 1))
            erreurs[ChampPresence(doublon.Key)] = "Cette institution figure deux fois : une ligne par institution.";
        foreach (var l in lignes)
        {
            var champ = ChampPresence(l.MembreComiteId);
            if (!membres.TryGetValue(l.MembreComiteId, out var nom)) erreurs[champ] = "Cette institution n'est pas membre de l'instance : ajoutez-la d'abord à ses membres.";
            else if (l.Statut is null) erreurs[champ] = $"Indiquez si « {nom} » était présente, excusée ou absente.";
            else if (l.Representants is < 0 or > 50) erreurs[champ] = $"Le nombre de représentants de « {nom} » va de 0 à 50.";
            else if (l.Statut == StatutPresence.Presente && l.Representants == 0) erreurs[champ] = $"« {nom} » est présente : indiquez au moins un représentant.";
            else if (l.Statut != StatutPresence.Presente && l.Representants > 0) erreurs[champ] = $"« {nom} » n'était pas présente : elle n'a pas de représentant à compter.";
        }
        return erreurs;
    }

    private static void Texte(Dictionary<string, string> erreurs, string champ, string? valeur, int longueur, string manquant)
    {
        var texte = valeur?.Trim();
        if (string.IsNullOrEmpty(texte)) erreurs[champ] = manquant;
        else if (texte.Length > longueur) erreurs[champ] = $"Ce texte ne peut dépasser {longueur} caractères.";
    }
}
