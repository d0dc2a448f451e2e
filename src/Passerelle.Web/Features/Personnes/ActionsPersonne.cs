using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Personnes;

/// <summary>
/// Base of a feature's actions on one person: a page at <c>/personnes/{id}/&lt;feature&gt;</c> with
/// only POST handlers. Each handler runs one action through the feature's service; this base checks
/// the person is within the user's scope first (404 otherwise, as for a person who does not exist),
/// refuses invalid fields with their message, and comes back to the feature's section of the person
/// page with the outcome.
/// </summary>
public abstract class ActionsPersonne(PerimetreDossiers perimetre, AppDbContext db) : PageModel
{
    protected AppDbContext Db => db;

    /// <summary>The id of the feature's section on the person page, to come back to.</summary>
    protected abstract string Ancre { get; }

    public IActionResult OnGet(int id) => RetourPage(id);

    protected async Task<IActionResult> AgirAsync(int id, Func<Task<ResultatAction>> action)
    {
        if (!await perimetre.Filtrer(db.Personnes).AnyAsync(x => x.Id == id)) return NotFound();
        var resultat = ModelState.IsValid ? await action() : ResultatAction.Refus(PremiereErreur());
        if (resultat.Reussi) TempData.Confirmer(resultat.Message);
        else TempData.Signaler(resultat.Message);
        return RetourPage(id);
    }

    private RedirectResult RetourPage(int id) => Redirect($"/personnes/{id}#{Ancre}");

    private string PremiereErreur() =>
        ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).FirstOrDefault(m => m.Length > 0)
        ?? "Un champ n'est pas valide : vérifiez la saisie.";
}
