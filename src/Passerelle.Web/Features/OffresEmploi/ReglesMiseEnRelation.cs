namespace Passerelle.Web.Features.OffresEmploi;

/// <summary>What is said at one step of a mise en relation: the target status and the fields that step needs.</summary>
public sealed record SaisieEtape(StatutMiseEnRelation? Statut, DateOnly? DateEntretien, TypeContratOffre? TypeContrat, DateOnly? DateDebut, int? DureeMois,
    MotifNonRetenue? Motif, string? Commentaire);

/// <summary>The rules of each step, named once: a step's dates never precede the proposal, a hire says its contract, a refusal its reason.</summary>
public static class ReglesMiseEnRelation
{
    /// <returns>The refused fields with their French reason; empty when the step may be recorded.</returns>
    public static IReadOnlyDictionary<string, string> Verifier(SaisieEtape s, DateOnly dateProposition)
    {
        var erreurs = new Dictionary<string, string>(StringComparer.Ordinal);
        var proposee = dateProposition.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        if (s.Commentaire?.Length > 1000) erreurs[nameof(s.Commentaire)] = "Le commentaire ne peut dépasser 1 000 caractères.";
        switch (s.Statut)
        {
            case StatutMiseEnRelation.Entretien:
                if (s.DateEntretien is not { } entretien) erreurs[nameof(s.DateEntretien)] = "Indiquez la date de l'entretien.";
                else if (entretien < dateProposition) erreurs[nameof(s.DateEntretien)] = $"La date de l'entretien ne peut précéder la mise en relation du {proposee}.";
                break;
            case StatutMiseEnRelation.Embauchee:
                if (s.TypeContrat is not { } type || !Enum.IsDefined(type)) erreurs[nameof(s.TypeContrat)] = "Indiquez le type de contrat de l'embauche.";
                else if (ReglesOffre.Duree(type, s.DureeMois, true) is { } duree) erreurs[nameof(s.DureeMois)] = duree;
                if (s.DateDebut is not { } debut) erreurs[nameof(s.DateDebut)] = "Indiquez la date de début du contrat.";
                else if (debut < dateProposition)
                    erreurs[nameof(s.DateDebut)] = $"La date de début du contrat ({debut:dd/MM/yyyy}) ne peut précéder la mise en relation du {proposee} : vérifiez la date de début.";
                break;
            case StatutMiseEnRelation.NonRetenue:
                if (s.Motif is not { } motif || !Enum.IsDefined(motif)) erreurs[nameof(s.Motif)] = "Choisissez le motif pour lequel la personne n'a pas été retenue.";
                break;
            case null:
                erreurs[nameof(s.Statut)] = "Choisissez l'étape à enregistrer.";
                break;
        }
        return erreurs;
    }
}
