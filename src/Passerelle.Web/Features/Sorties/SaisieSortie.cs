namespace Passerelle.Web.Features.Sorties;

/// <summary>What a professional (or a partner's tool) says about an exit.</summary>
/// <param name="DateSortie">The day the accompaniment ended; today when not given (a référent may record it late).</param>
public sealed record SaisieSortie(MotifSortie? Motif, TypeContratSortie? TypeContrat, int? DureeContratMois, SituationEmploi? Situation, DateOnly? DateSortie, string? Commentaire);

/// <summary>The rules an exit must meet, named once for the page, the API and the demo.</summary>
public static class RegleSortie
{
    public const int DureeContratMaximumMois = 60;

    /// <returns>null when the exit may be recorded, else the French reason.</returns>
    public static string? Verifier(SaisieSortie s, DateOnly date, DateOnly aujourdhui, DateOnly debutParcours)
    {
        if (s.Motif is not { } motif || !Enum.IsDefined(motif)) return "Choisissez le motif de la sortie.";
        if (date > aujourdhui) return "La date de sortie ne peut être dans le futur.";
        if (date < debutParcours) return "La date de sortie ne peut précéder l'entrée dans le parcours.";
        if (s.Commentaire?.Length > 1000) return "Le commentaire ne peut dépasser 1 000 caractères.";
        if (motif != MotifSortie.Emploi)
        {
            if (s.TypeContrat is not null || s.DureeContratMois is not null) return "Le contrat ne s'indique que pour une sortie en emploi.";
            if (motif != MotifSortie.Deces && s.Situation is not { } situation) return "Indiquez la situation de la personne vis-à-vis de l'emploi à la sortie.";
            if (s.Situation is { } si && !Enum.IsDefined(si)) return "Situation inconnue.";
            return null;
        }
        if (s.TypeContrat is not { } type || !Enum.IsDefined(type)) return "Pour une sortie en emploi, indiquez le type de contrat.";
        if (type is TypeContratSortie.Cdi or TypeContratSortie.CreationEntreprise) return s.DureeContratMois is null ? null : "Un CDI ou une création d'entreprise n'a pas de durée.";
        if (s.DureeContratMois is not { } duree) return "Indiquez la durée du contrat en mois.";
        return duree is < 1 or > DureeContratMaximumMois ? $"La durée du contrat va de 1 à {DureeContratMaximumMois} mois." : null;
    }

    /// <summary>An exit to employment says the situation by its contract; a death has none.</summary>
    public static SituationEmploi? Situation(SaisieSortie s) => s.Motif switch
    {
        MotifSortie.Emploi => LibellesSortie.EstDurable(s.TypeContrat!.Value, s.DureeContratMois) ? SituationEmploi.EmploiDurable : SituationEmploi.EmploiTemporaire,
        MotifSortie.Deces => null,
        _ => s.Situation,
    };

    /// <summary>The follow-up tasks of an exit: none after a death, else one per delay of the département's rules.</summary>
    public static IEnumerable<(int Mois, DateOnly Echeance)> Suivis(MotifSortie motif, DateOnly date, ReglesSortie regles) =>
        motif == MotifSortie.Deces ? [] : regles.Delais.Select(m => (m, date.AddMonths(m)));

    /// <summary>A follow-up may be recorded from this many days before it falls due (a visit a little early still counts).</summary>
    public const int AvanceSuiviJours = 15;
}
