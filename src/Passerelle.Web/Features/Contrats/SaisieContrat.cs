using System.ComponentModel.DataAnnotations;

namespace Passerelle.Web.Features.Contrats;

/// <summary>
/// What the contract form and a partner's tool send: the same record for both. The end date is
/// computed from the start and duration when left empty. Objectives and actions with an empty text are ignored.
/// </summary>
public sealed record SaisieContrat
{
    public DateOnly DateDebut { get; init; }
    public int DureeMois { get; init; }
    public DateOnly? DateFin { get; init; }
    [MaxLength(20, ErrorMessage = "Vingt objectifs au plus.")] public List<ObjectifContrat> Objectifs { get; init; } = [];
    [MaxLength(20, ErrorMessage = "Vingt actions au plus.")] public List<ActionPrevue> Actions { get; init; } = [];
    [StringLength(4000, ErrorMessage = "Les engagements de la personne ne peuvent dépasser 4 000 caractères.")] public string? EngagementsPersonne { get; init; }
    [StringLength(4000, ErrorMessage = "Les engagements du département ne peuvent dépasser 4 000 caractères.")] public string? EngagementsDepartement { get; init; }
    [StringLength(200, ErrorMessage = "L'organisme ne peut dépasser 200 caractères.")] public string? Organisme { get; init; }
    [StringLength(4000, ErrorMessage = "Le résumé ne peut dépasser 4 000 caractères.")] public string? Resume { get; init; }
    public DateOnly? SigneLe { get; init; }
    [StringLength(200, ErrorMessage = "Le lieu de signature ne peut dépasser 200 caractères.")] public string? SigneA { get; init; }

    public DateOnly Fin => DateFin ?? DateDebut.AddMonths(DureeMois).AddDays(-1);
}

/// <summary>The contract rules on what is entered, in French; null when the entry is acceptable.</summary>
public static class ControleContrat
{
    public const int LongueurTexteMax = 500;

    public static string? Refus(SaisieContrat s, TypeContrat type, DateOnly naissance, ReglesContrats regles, DateOnly aujourdhui)
    {
        var durees = regles.Durees(naissance, s.DateDebut);
        if (!durees.Contains(s.DureeMois))
            return $"Durée non permise : {string.Join(", ", durees.SkipLast(1))} ou {durees[^1]} mois.";
        if (s.Fin < s.DateDebut) return "La date de fin précède la date de début.";
        if (s.Fin > s.DateDebut.AddMonths(durees[^1])) return $"La date de fin dépasse la durée la plus longue permise ({durees[^1]} mois).";
        if (s.SigneLe is { } signe && signe > aujourdhui) return "La date de signature ne peut être dans le futur.";
        if (s.SigneLe is not null && string.IsNullOrWhiteSpace(s.SigneA)) return "Indiquez le lieu de signature.";
        if (!type.DecideParDepartement() && string.IsNullOrWhiteSpace(s.Organisme))
            return $"Indiquez l'organisme signataire du {type.LibelleCourt()}.";
        if (s.Objectifs.Any(o => o.Texte?.Length > LongueurTexteMax || o.Theme?.Length > 100) || s.Actions.Any(a => a.Libelle?.Length > LongueurTexteMax))
            return $"Un objectif ou une action dépasse {LongueurTexteMax} caractères.";
        if (s.Actions.Any(a => a.Echeance is { } e && e < s.DateDebut))
            return "L'échéance d'une action précède le début du contrat.";
        return null;
    }

    /// <summary>Objectives and actions as kept: blank lines dropped, texts trimmed.</summary>
    public static (List<ObjectifContrat> Objectifs, List<ActionPrevue> Actions) Nettoyer(SaisieContrat s) =>
        ([.. s.Objectifs.Where(o => !string.IsNullOrWhiteSpace(o.Texte)).Select(o => new ObjectifContrat((o.Theme ?? "").Trim(), o.Texte!.Trim()))],
         [.. s.Actions.Where(a => !string.IsNullOrWhiteSpace(a.Libelle)).Select(a => a with { Libelle = a.Libelle!.Trim() })]);

    /// <summary>Two contracts of the same type in force (pending or validated) share a day.</summary>
    public static bool SeChevauchent(DateOnly debutA, DateOnly finA, DateOnly debutB, DateOnly finB) => debutA <= finB && debutB <= finA;
}
