namespace Passerelle.Web.Features.Agenda;

/// <summary>An appointment that already took place, as the référent records it (<see cref="ServiceRendezVous.EnregistrerApresCoupAsync"/>).</summary>
public sealed record SaisieRendezVousPasse(TypeRendezVous Type, DateTime Debut, string? Lieu, StatutRendezVous Statut, string? CompteRendu, bool Reserve)
{
    /// <param name="maintenant">Now, in UTC.</param>
    /// <param name="ouverture">The start of the day the parcours opened, in UTC.</param>
    /// <returns>Why the appointment cannot be recorded, or null.</returns>
    public string? Refus(DateTime maintenant, DateTime ouverture)
    {
        if (!Agenda.CompteRendu.IssuesApresCoup.Contains(Statut)) return "Indiquez si le rendez-vous a été honoré, manqué ou excusé.";
        if (Debut > maintenant) return "Ce rendez-vous n'a pas encore eu lieu : convoquez la personne plutôt que de l'enregistrer.";
        if (Debut < maintenant.AddMonths(-Agenda.CompteRendu.AncienneteMaxMois))
            return $"Un rendez-vous de plus de {Agenda.CompteRendu.AncienneteMaxMois} mois ne s'enregistre plus : notez-le au journal de suivi.";
        if (Debut < ouverture) return "Ce rendez-vous précède l'ouverture du parcours de la personne.";
        if (Lieu is { Length: > 300 }) return "Le lieu ne peut dépasser 300 caractères.";
        return Agenda.CompteRendu.Refus(CompteRendu);
    }
}
