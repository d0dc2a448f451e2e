namespace Passerelle.Web.Features.Agenda;

/// <summary>
/// Rules of an appointment's write-up and of an appointment recorded after the fact (docs/suivi.md):
/// a short text (<see cref="LongueurMax"/>), readable by everyone who reaches the person unless marked
/// « réservé au référent », then only by its author and the person's current référent — the rule of
/// the journal's « référent seulement » notes, applied where it is read (person page section,
/// timeline) in the query itself. An appointment recorded after the fact
/// is at most <see cref="AncienneteMaxMois"/> months old: older facts belong in the journal, and
/// deadlines already judged should not move.
/// </summary>
public static class CompteRendu
{
    public const int LongueurMax = 2000;
    public const int AncienneteMaxMois = 12;

    public static readonly StatutRendezVous[] IssuesApresCoup = [StatutRendezVous.Honore, StatutRendezVous.Absent, StatutRendezVous.Excuse];

    /// <returns>The refusal of a write-up, or null when it may be saved.</returns>
    public static string? Refus(string? texte) =>
        texte is { Length: > LongueurMax } ? $"Le compte rendu ne peut dépasser {LongueurMax:N0} caractères.".Replace('\u202f', ' ') : null;
}
