using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Passerelle.Web.Features.Orientation;

namespace Passerelle.Web.Features.Cohortes;

/// <summary>The bulk action form: which action, on whom (id:version per person), and the action's own fields.</summary>
public sealed class SaisieActions
{
    public ActionGroupee? Action { get; set; }
    public List<string> Selection { get; set; } = [];
    /// <summary>The whole matching set read when the agent selected it (see <see cref="ListeModel.Tout"/>).</summary>
    public string? Tout { get; set; }
    public TypeOrientation? Type { get; set; }
    public int? StructureProposee { get; set; }
    public string? Motif { get; set; }
    /// <summary>"structureId:referentId": the référent is chosen within a structure.</summary>
    public string? Referent { get; set; }
    public string? Derogation { get; set; }
}

public sealed partial class ListeModel
{
    [BindProperty] public SaisieActions Saisie { get; set; } = new();

    /// <summary>Why the posted action was not run at all (nothing selected, a missing field).</summary>
    public string? ErreurAction { get; private set; }
    public IReadOnlyList<SelectListItem> Types { get; private set; } = [];
    public IReadOnlyList<StructurePossible> StructuresReferents { get; private set; } = [];

    /// <summary>
    /// Runs the action then shows the summary above the refreshed list. The summary is rendered by
    /// this response rather than after a redirect: it lists each person, too much for a cookie.
    /// Posting again is harmless: the versions posted no longer match, every person is refused.
    /// </summary>
    public async Task<IActionResult> OnPostAsync(string file, [FromServices] ActionsGroupees actions, CancellationToken ct)
    {
        if (FilesDeTravail.Trouver(file) is not { } trouvee) return NotFound();
        FileTravail = trouvee;
        var choix = SelectionCohorte.Lire([Saisie.Tout, .. Saisie.Selection], RequeteCohorte.LimiteSelection);
        ErreurAction = Verifier(choix, out var parametres);
        if (ErreurAction is null) Bilan = await actions.ExecuterAsync(Saisie.Action!.Value, choix, parametres!, ct);
        // The processed persons have moved on: a new complete selection must be asked for explicitly.
        Tout = false;
        await ChargerAsync(ct);
        return Page();
    }

    /// <summary>The download button of the printing summary: the latest letter of each person it named, in one PDF.</summary>
    public async Task<IActionResult> OnPostImprimerAsync(string file, [FromServices] ImpressionCourriers impression, CancellationToken ct)
    {
        if (FilesDeTravail.Trouver(file) is not { } trouvee) return NotFound();
        FileTravail = trouvee;
        var choix = SelectionCohorte.Lire(Saisie.Selection, RequeteCohorte.LimiteSelection);
        if (await impression.PdfAsync(choix, file, ct) is { } pdf)
            return File(pdf.Pdf, "application/pdf", $"courriers-{file}-{Aujourdhui:yyyy-MM-dd}.pdf");
        ErreurAction = "Aucune des personnes sélectionnées n'a de courrier à imprimer.";
        await ChargerAsync(ct);
        return Page();
    }

    private string? Verifier(IReadOnlyList<ParcoursChoisi> choix, out ParametresAction? parametres)
    {
        parametres = null;
        if (Saisie.Action is not { } action || !FileTravail.Actions.Contains(action)) return "Choisissez une action proposée pour cette file.";
        if (choix.Count == 0) return "Cochez au moins une personne, ou sélectionnez toute la file filtrée.";
        int? structureReferent = null;
        string? referentId = null;
        switch (action)
        {
            case ActionGroupee.Proposer when Saisie.Type is null:
                return "Choisissez le type d'orientation à proposer.";
            case ActionGroupee.Proposer when string.IsNullOrWhiteSpace(Saisie.Motif):
                return "Indiquez le motif de la proposition d'orientation.";
            case ActionGroupee.Designer:
                var parties = (Saisie.Referent ?? "").Split(':', 2);
                if (parties.Length != 2 || !int.TryParse(parties[0], NumberStyles.None, CultureInfo.InvariantCulture, out var s) || parties[1].Length == 0)
                    return "Choisissez la structure et le référent à désigner.";
                (structureReferent, referentId) = (s, parties[1]);
                break;
        }
        parametres = new ParametresAction(Saisie.Type, Saisie.StructureProposee, Saisie.Motif?.Trim(), structureReferent, referentId,
            string.IsNullOrWhiteSpace(Saisie.Derogation) ? null : Saisie.Derogation.Trim());
        return null;
    }

    /// <summary>The choices the action panel offers, read only for the queues whose actions need them.</summary>
    private async Task ChargerActionsAsync(Func<TypeOrientation, string> nomType, CancellationToken ct)
    {
        if (FileTravail.Actions.Contains(ActionGroupee.Proposer))
            Types = [new("Choisir", ""), .. Enum.GetValues<TypeOrientation>().Select(t => new SelectListItem(nomType(t), t.ToString()))];
        if (FileTravail.Actions.Contains(ActionGroupee.Designer) || FileTravail.Actions.Contains(ActionGroupee.Proposer))
            StructuresReferents = await ChoixReferents.ListerAsync(db, cache, nomType, ct);
    }
}
