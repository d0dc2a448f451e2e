namespace Passerelle.Web.Features.Contrats;

/// <summary>The contract's decision statuses, with the letters départements use (E, V, N, A).</summary>
public enum StatutContrat
{
    EnAttente,
    Valide,
    NonValide,
    Annule,
}

/// <summary>What the structure and the département do to a contract.</summary>
public enum ActeContrat
{
    /// <summary>First level, where the département asks for it (<see cref="ReglesContrats.ValidationParStructure"/>): the structure head.</summary>
    ValiderStructure,
    Valider,
    Refuser,
    Annuler,
}

/// <summary>
/// The contract decision workflow, written once: E → V / N / A by the département, and V → A (a
/// validated contract cancelled). Where the département validates in two levels, the structure's
/// validation keeps the contract pending and is required before the département's.
/// </summary>
public static class TransitionsContrat
{
    private static readonly Dictionary<ActeContrat, (StatutContrat[] Depuis, StatutContrat Vers)> Table = new()
    {
        [ActeContrat.ValiderStructure] = ([StatutContrat.EnAttente], StatutContrat.EnAttente),
        [ActeContrat.Valider] = ([StatutContrat.EnAttente], StatutContrat.Valide),
        [ActeContrat.Refuser] = ([StatutContrat.EnAttente], StatutContrat.NonValide),
        [ActeContrat.Annuler] = ([StatutContrat.EnAttente, StatutContrat.Valide], StatutContrat.Annule),
    };

    /// <returns>The next status, or null with the French reason when the act is refused.</returns>
    public static (StatutContrat? Vers, string? Refus) Suivant(Contrat contrat, ActeContrat acte, bool validationParStructure)
    {
        var (depuis, vers) = Table[acte];
        if (!depuis.Contains(contrat.Statut))
            return (null, $"Action « {Libelle(acte)} » impossible : le contrat est « {contrat.Statut.Libelle()} ».");
        if (acte is ActeContrat.ValiderStructure or ActeContrat.Valider && !contrat.Type.DecideParDepartement())
            return (null, $"Le {contrat.Type.LibelleCourt()} est conclu avec France Travail : il est enregistré, pas validé par le département.");
        if (acte == ActeContrat.ValiderStructure && (!validationParStructure || contrat.ValideStructureLe is not null))
            return (null, validationParStructure ? "La structure a déjà validé ce contrat." : "Le département ne demande pas de validation par la structure.");
        if (acte == ActeContrat.Valider && validationParStructure && contrat.ValideStructureLe is null)
            return (null, "Ce contrat doit d'abord être validé par le responsable de la structure.");
        if (acte == ActeContrat.Valider && contrat.SigneLe is null)
            return (null, "Indiquez la date de signature avant de valider le contrat.");
        return (vers, null);
    }

    public static string Libelle(ActeContrat acte) => acte switch
    {
        ActeContrat.ValiderStructure => "valider pour la structure",
        ActeContrat.Valider => "valider",
        ActeContrat.Refuser => "ne pas valider",
        _ => "annuler",
    };

    public static string Code(this StatutContrat statut) => statut switch
    {
        StatutContrat.EnAttente => "E",
        StatutContrat.Valide => "V",
        StatutContrat.NonValide => "N",
        _ => "A",
    };

    public static string Libelle(this StatutContrat statut) => statut switch
    {
        StatutContrat.EnAttente => "En attente de validation",
        StatutContrat.Valide => "Validé",
        StatutContrat.NonValide => "Non validé",
        _ => "Annulé",
    };

    /// <summary>A pending or validated contract is in force over its dates: two of them of the same type may not overlap.</summary>
    public static bool Actif(this StatutContrat statut) => statut is StatutContrat.EnAttente or StatutContrat.Valide;
}
