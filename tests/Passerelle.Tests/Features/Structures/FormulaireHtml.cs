using AngleSharp.Html.Dom;

namespace Passerelle.Tests.Features.Structures;

/// <summary>
/// Reads the fields of a page's main form the way a browser would submit them (text, hidden,
/// checked boxes, selected options, textareas), so tests change only what a user would change.
/// </summary>
internal static class FormulaireHtml
{
    public static List<KeyValuePair<string, string>> Champs(IHtmlDocument page)
    {
        var formulaire = page.QuerySelector("main form[method=post]") ?? throw new InvalidOperationException("Pas de formulaire dans la page.");
        var champs = new List<KeyValuePair<string, string>>();
        foreach (var element in formulaire.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            var nom = element.GetAttribute("name")!;
            if (nom == "__RequestVerificationToken") continue;
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } caseACocher:
                    if (caseACocher.IsChecked) champs.Add(new(nom, caseACocher.Value));
                    break;
                case IHtmlInputElement input:
                    champs.Add(new(nom, input.Value));
                    break;
                case IHtmlSelectElement liste:
                    champs.AddRange(liste.Options.Where(o => o.IsSelected).Select(o => new KeyValuePair<string, string>(nom, o.Value)));
                    break;
                case IHtmlTextAreaElement texte:
                    champs.Add(new(nom, texte.Value));
                    break;
            }
        }
        return champs;
    }

    /// <summary>Replaces every value of a field (or removes it when <paramref name="valeurs"/> is empty).</summary>
    public static List<KeyValuePair<string, string>> Avec(this List<KeyValuePair<string, string>> champs, string nom, params string[] valeurs)
    {
        champs.RemoveAll(c => c.Key == nom);
        champs.AddRange(valeurs.Select(v => new KeyValuePair<string, string>(nom, v)));
        return champs;
    }

    /// <summary>Text of the field error rendered under a field (DSFR fr-error-text), or of a fieldset's messages.</summary>
    public static string? Erreur(IHtmlDocument page, string id) =>
        page.QuerySelector($"#{id}")?.TextContent.Trim();
}
