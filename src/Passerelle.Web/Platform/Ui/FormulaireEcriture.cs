using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Passerelle.Web.Platform.Ui;

/// <summary>What a page does with the <see cref="Ecriture"/> its form asked for (post/redirect/get).</summary>
public static class FormulaireEcriture
{
    /// <summary>
    /// The answer that leaves the form: 404 when refused as one of <paramref name="introuvables"/>, back to
    /// <paramref name="adresse"/> with the confirmation when saved; null when the form is shown again with its errors.
    /// </summary>
    public static IActionResult? SortieFormulaire(this PageModel page, Ecriture ecriture, string adresse, params ReadOnlySpan<ResultatAction> introuvables) =>
        Sortie(page, ecriture, adresse, introuvables);

    /// <summary>The same, back to the page of the row saved, at its id.</summary>
    public static IActionResult? SortieFormulaire(this PageModel page, Ecriture ecriture, Func<int, string> adresse, params ReadOnlySpan<ResultatAction> introuvables) =>
        Sortie(page, ecriture, ecriture.Id is int id ? adresse(id) : null, introuvables);

    /// <summary>Each refused field's reason beside its field of the bound input <paramref name="saisie"/>.</summary>
    public static void SignalerChamps(this ModelStateDictionary modelState, Ecriture ecriture, string saisie)
    {
        foreach (var (champ, message) in ecriture.Erreurs) modelState.AddModelError($"{saisie}.{champ}", message);
    }

    /// <param name="adresse">Null when the write names no row to go back to: the form stays.</param>
    private static IActionResult? Sortie(PageModel page, Ecriture ecriture, string? adresse, ReadOnlySpan<ResultatAction> introuvables)
    {
        if (introuvables.Contains(ecriture.Resultat)) return new NotFoundResult();
        if (!ecriture.Resultat.Reussi || adresse is null) return null;
        page.TempData.Confirmer(ecriture.Resultat.Message);
        return new RedirectResult(adresse);
    }
}
