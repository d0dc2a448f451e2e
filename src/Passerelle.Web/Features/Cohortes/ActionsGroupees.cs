using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Features.Agenda;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Cohortes;

/// <summary>What a bulk action needs besides the selection; each action reads only its own fields.</summary>
public sealed record ParametresAction(TypeOrientation? Type, int? StructureProposee, string? Motif, int? StructureReferent, string? ReferentId, string? Derogation);

/// <summary>
/// Applies one action to each selected parcours through the services that own the decision, one
/// call (so one transaction, scope, version and state check) per person: a refusal or a conflict
/// on one person never stops the others, and the summary names each refused person with the reason.
/// </summary>
public sealed class ActionsGroupees(RequeteCohorte requete, ServiceOrientation orientation, ServiceRendezVous rendezVous, ImpressionCourriers impression)
{
    public static string Libelle(ActionGroupee action) => action switch
    {
        ActionGroupee.Inviter => "Invitation",
        ActionGroupee.PreOrienter => "Pré-orientation automatique",
        ActionGroupee.Proposer => "Proposition d'orientation",
        ActionGroupee.Valider => "Validation de l'orientation",
        ActionGroupee.ImprimerCourriers => "Impression des courriers",
        _ => "Désignation du référent",
    };

    public async Task<BilanActions> ExecuterAsync(ActionGroupee action, IReadOnlyList<ParcoursChoisi> choix, ParametresAction parametres, CancellationToken ct)
    {
        if (action == ActionGroupee.ImprimerCourriers) return await impression.BilanAsync(Libelle(action), choix, ct);
        var ids = choix.Select(c => c.ParcoursId).ToList();
        // Names are read within the agent's scope: a parcours posted from outside it is reported without a name.
        var personnes = await requete.DansLePerimetre().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.PersonneId, p.Personne!.Nom, p.Personne.Prenoms })
            .ToDictionaryAsync(p => p.Id, ct);
        var (reussies, refusees) = (new List<LigneBilan>(), new List<LigneBilan>());
        foreach (var c in choix)
        {
            var resultat = await AppliquerAsync(action, c, parametres, ct);
            var ligne = personnes.TryGetValue(c.ParcoursId, out var p)
                ? new LigneBilan(p.PersonneId, NomPersonne.Afficher(p.Nom, p.Prenoms), resultat.Message)
                : new LigneBilan(null, $"Parcours n° {c.ParcoursId}", resultat.Message);
            (resultat.Reussi ? reussies : refusees).Add(ligne);
        }
        return new BilanActions(Libelle(action), reussies, refusees);
    }

    private Task<ResultatAction> AppliquerAsync(ActionGroupee action, ParcoursChoisi c, ParametresAction p, CancellationToken ct) => action switch
    {
        ActionGroupee.Inviter => rendezVous.InviterAsync(c.ParcoursId, c.Version, ct),
        ActionGroupee.PreOrienter => orientation.PreOrienterAsync(c.ParcoursId, c.Version, ct),
        ActionGroupee.Proposer => orientation.ProposerAsync(c.ParcoursId, c.Version, p.Type!.Value, p.StructureProposee, OrigineOrientation.Cohorte, p.Motif!, ct),
        ActionGroupee.Valider => orientation.ValiderAsync(c.ParcoursId, c.Version, ct),
        ActionGroupee.Designer => orientation.DesignerAsync(c.ParcoursId, c.Version, p.StructureReferent!.Value, p.ReferentId!, p.Derogation, ct),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Action sans décision par personne."),
    };
}
