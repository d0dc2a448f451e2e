namespace Passerelle.Web.Platform;

/// <summary>
/// What one write of a form or an API call gives back: the outcome, each refused field's reason (shown beside the field,
/// or under « erreurs » by the API), the id of what was written when it was.
/// </summary>
public record Ecriture(ResultatAction Resultat, IReadOnlyDictionary<string, string> Erreurs, int? Id = null)
{
    /// <summary>The message above a form shown again: the refusal itself, or, when fields are refused, the call to correct them.</summary>
    public string MessageFormulaire => Erreurs.Count == 0 ? Resultat.Message : "Corrigez les champs signalés : rien n'a été enregistré.";

    /// <summary>An outcome that concerns no field in particular: saved, unknown, a version conflict, a refusal of the whole.</summary>
    public static Ecriture De(ResultatAction resultat, int? id = null) => new(resultat, new Dictionary<string, string>(), id);

    public static Ecriture Refus(string message) => De(ResultatAction.Refus(message));

    public static Ecriture Champ(string champ, string message) => new(ResultatAction.Refus(message), new Dictionary<string, string> { [champ] = message });

    public static Ecriture Champs(IReadOnlyDictionary<string, string> erreurs, string resume) => new(ResultatAction.Refus(resume), erreurs);

    /// <summary>The refused fields, summed up by their reasons one after the other.</summary>
    public static Ecriture Champs(IReadOnlyDictionary<string, string> erreurs) => Champs(erreurs, string.Join(" ", erreurs.Values));
}
