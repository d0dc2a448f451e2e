using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Comites;

/// <summary>
/// What one write gives back: the outcome, each refused field with its reason, the id when saved. <see cref="Interdit"/>:
/// the instance is read by the writer but not theirs to change (a territorial agent and another territoire's comité local).
/// </summary>
public sealed record EcritureComite(ResultatAction Resultat, IReadOnlyDictionary<string, string> Erreurs, int? Id = null, bool Interdit = false)
{
    public static readonly EcritureComite Introuvable = new(ResultatAction.Refus("Cette instance ou cette réunion n'existe pas dans le département."), new Dictionary<string, string>());

    public static readonly EcritureComite HorsTerritoire = new(
        ResultatAction.Refus("Vous ne gérez que les comités locaux de vos territoires : cette instance se lit, mais un agent de son périmètre la tient à jour."),
        new Dictionary<string, string>(), Interdit: true);

    public static EcritureComite Ok(string message, int id) => new(ResultatAction.Ok(message), new Dictionary<string, string>(), id);

    public static EcritureComite Champs(IReadOnlyDictionary<string, string> erreurs) =>
        new(ResultatAction.Refus("Corrigez les champs signalés : rien n'a été enregistré."), erreurs);

    public static EcritureComite Champ(string champ, string message) => Champs(new Dictionary<string, string> { [champ] = message });
}
