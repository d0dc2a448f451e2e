using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Comites;

/// <summary>
/// The two refusals of a comité write that concern no field: the row is unknown (404), or it is read by the writer but
/// not theirs to change (403: a territorial agent and another territoire's comité local).
/// </summary>
public static class RefusComite
{
    public static readonly Ecriture Introuvable = Ecriture.Refus("Cette instance ou cette réunion n'existe pas dans le département.");

    public static readonly Ecriture HorsTerritoire = Ecriture.Refus(
        "Vous ne gérez que les comités locaux de vos territoires : cette instance se lit, mais un agent de son périmètre la tient à jour.");

    public static bool Interdit(this Ecriture ecriture) => ecriture.Resultat == HorsTerritoire.Resultat;
}
