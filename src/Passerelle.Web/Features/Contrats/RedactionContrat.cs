using Passerelle.Web.Features.Orientation;

namespace Passerelle.Web.Features.Contrats;

/// <summary>
/// The writes on a contract and on its parcours' milestone, shared by <see cref="ServiceContrats"/> and
/// the demo (convention 16): both fill, decide and date contracts the same way.
/// </summary>
public static class RedactionContrat
{
    public static void Remplir(Contrat c, SaisieContrat s)
    {
        var (objectifs, actions) = ControleContrat.Nettoyer(s);
        (c.DateDebut, c.DureeMois, c.DateFin, c.Objectifs, c.Actions) = (s.DateDebut, s.DureeMois, s.Fin, objectifs, actions);
        (c.EngagementsPersonne, c.EngagementsDepartement) = (Texte(s.EngagementsPersonne), Texte(s.EngagementsDepartement));
        (c.Organisme, c.Resume, c.SigneLe, c.SigneA) = (Texte(s.Organisme), Texte(s.Resume), s.SigneLe, Texte(s.SigneA));
    }

    /// <summary>A PPAE or contrat d'engagement is France Travail's decision: recording it makes it valid.</summary>
    public static void Enregistrer(Contrat c, string auteur, DateTime maintenantUtc)
    {
        if (c.Type.DecideParDepartement()) return;
        (c.Statut, c.DecideLe, c.DecidePar) = (StatutContrat.Valide, maintenantUtc, auteur);
    }

    public static void Decider(Contrat c, ActeContrat acte, StatutContrat vers, string auteur, DateTime maintenantUtc, string? motif)
    {
        if (acte == ActeContrat.ValiderStructure) (c.ValideStructureLe, c.ValideStructurePar) = (maintenantUtc, auteur);
        else (c.Statut, c.DecideLe, c.DecidePar, c.MotifDecision) = (vers, maintenantUtc, auteur, Texte(motif));
    }

    /// <summary>
    /// The parcours' contract milestone (<see cref="Parcours.DateContrat"/>, which clears the late-contract
    /// queue and ends the délai de contractualisation): the signature date of the first contract of the
    /// parcours that is in force — validated by the département (CER) or recorded (PPAE, contrat
    /// d'engagement). A cancellation moves it to the next one, or clears it (docs/indicators.md).
    /// </summary>
    public static void Jalonner(Parcours p, IEnumerable<Contrat> contratsDuParcours, JeuRegles jeu)
    {
        p.DateContrat = contratsDuParcours.Where(c => c.Statut == StatutContrat.Valide && c.SigneLe is not null).Min(c => c.SigneLe);
        p.CalculerEcheances(jeu);
    }

    private static string? Texte(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
