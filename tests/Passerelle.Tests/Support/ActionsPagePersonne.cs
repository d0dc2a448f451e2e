namespace Passerelle.Tests.Support;

/// <summary>Where each action of the person page posts: to the page of the feature that owns it (decision 0012).</summary>
public static class ActionsPagePersonne
{
    private static readonly string[] RendezVous = ["Inviter", "Convoquer", "ConvoquerCreneau", "Statut", "ApresCoup"];

    public static string Url(int personneId, string handler) =>
        $"/personnes/{personneId}/{(RendezVous.Contains(handler) ? "rendez-vous" : handler == "Decider" ? "contrats" : "orientation")}?handler={handler}";
}
