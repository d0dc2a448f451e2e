using Passerelle.Web.Features.Structures;

namespace Passerelle.Web.Features.Iae;

public sealed record SaisieEntreeIae(int? StructureId, DateOnly? DateDiagnostic, DateOnly? DateEmbauche, TypeContratIae? TypeContrat);

/// <summary>
/// The rules of an IAE parcours, each refusal on its field. The eligibility diagnosis is valid 6 months (les emplois de
/// l'inclusion sets its <c>expires_at</c> 6 months after it): the hire must fall within them. The contract must be one
/// the SIAE's kind signs (<see cref="VocabulaireEmploisInclusion.ContratsPossibles"/>); the exit follows the hire and is past.
/// </summary>
public static class ReglesIae
{
    public const int ValiditeDiagnosticMois = 6;

    public static IReadOnlyDictionary<string, string> Verifier(SaisieEntreeIae s, TypeStructure? typeStructure, DateOnly aujourdhui)
    {
        var erreurs = new Dictionary<string, string>(StringComparer.Ordinal);
        if (typeStructure is not TypeStructure type || !VocabulaireEmploisInclusion.EstSiae(type))
            erreurs[nameof(s.StructureId)] = "Choisissez une structure d'insertion par l'activité économique (ACI, AI, EI, ETTI).";
        if (s.DateDiagnostic is not DateOnly diagnostic) erreurs[nameof(s.DateDiagnostic)] = "Indiquez la date du diagnostic d'éligibilité.";
        else if (diagnostic > aujourdhui) erreurs[nameof(s.DateDiagnostic)] = "Le diagnostic d'éligibilité ne peut pas être daté dans le futur.";
        if (s.DateEmbauche is not DateOnly embauche) erreurs[nameof(s.DateEmbauche)] = "Indiquez la date d'embauche.";
        else if (s.DateDiagnostic is DateOnly d && embauche < d) erreurs[nameof(s.DateEmbauche)] = "L'embauche ne peut précéder le diagnostic d'éligibilité.";
        else if (s.DateDiagnostic is DateOnly d2 && embauche > d2.AddMonths(ValiditeDiagnosticMois))
            erreurs[nameof(s.DateEmbauche)] = $"Le diagnostic d'éligibilité est valable {ValiditeDiagnosticMois} mois : il avait expiré le {d2.AddMonths(ValiditeDiagnosticMois):dd/MM/yyyy}. Faites-en un nouveau.";
        if (s.TypeContrat is not TypeContratIae contrat) erreurs[nameof(s.TypeContrat)] = "Choisissez le type de contrat.";
        else if (typeStructure is TypeStructure t && VocabulaireEmploisInclusion.EstSiae(t) && !VocabulaireEmploisInclusion.ContratsPossibles(t).Contains(contrat))
            erreurs[nameof(s.TypeContrat)] = $"Ce type de structure ne signe pas de « {contrat.Libelle()} » : {string.Join(" ou ", VocabulaireEmploisInclusion.ContratsPossibles(t).Select(c => c.Libelle()))}.";
        return erreurs;
    }

    public static string? VerifierSortie(ParcoursIae parcours, DateOnly? date, MotifSortieIae? motif, DateOnly aujourdhui)
    {
        if (parcours.DateSortie is not null) return "La sortie de ce parcours est déjà enregistrée.";
        if (date is not DateOnly jour) return "Indiquez la date de sortie.";
        if (jour < parcours.DateEmbauche) return "La sortie ne peut précéder l'embauche.";
        if (jour > aujourdhui) return "La sortie se note une fois qu'elle a eu lieu : la date ne peut pas être future.";
        return motif is null ? "Choisissez le motif de sortie." : null;
    }
}
