using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Passerelle.Web.Platform.Ui;

/// <summary>
/// A DSFR form field (label, hint, input or select, error message) bound to a model property:
/// <c>&lt;champ pour="Saisie.Nom" libelle="Nom" /&gt;</c>. Errors come from ModelState, so every
/// form shows server-side validation the same accessible way.
/// </summary>
[HtmlTargetElement("champ", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ChampTagHelper(HtmlEncoder encoder) : TagHelper
{
    [HtmlAttributeName("pour")] public required ModelExpression Pour { get; set; }
    [HtmlAttributeName("libelle")] public required string Libelle { get; set; }
    [HtmlAttributeName("aide")] public string? Aide { get; set; }
    [HtmlAttributeName("type")] public string Type { get; set; } = "text";
    [HtmlAttributeName("options")] public IEnumerable<SelectListItem>? Options { get; set; }
    [HtmlAttributeName("multiple")] public bool Multiple { get; set; }
    [HtmlAttributeName("autocomplete")] public string? Autocomplete { get; set; }
    [HtmlAttributeName("obligatoire")] public bool Obligatoire { get; set; }

    [ViewContext, HtmlAttributeNotBound] public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var nom = Pour.Name;
        var id = TagBuilder.CreateSanitizedId(nom, "_");
        var erreurs = ViewContext.ViewData.ModelState.TryGetValue(nom, out var entree)
            ? entree.Errors.Select(e => e.ErrorMessage).Where(m => m.Length > 0).ToList()
            : [];
        var enErreur = erreurs.Count > 0;
        var liste = Options is not null;
        var groupe = liste ? "fr-select-group" : "fr-input-group";

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", enErreur ? $"{groupe} {groupe}--error" : groupe);

        var e = (string? s) => encoder.Encode(s ?? string.Empty);
        var html = new System.Text.StringBuilder();
        html.Append($"<label class=\"fr-label\" for=\"{id}\">{e(Libelle)}{(Obligatoire ? " <span aria-hidden=\"true\">*</span>" : "")}");
        if (Aide is not null) html.Append($"<span class=\"fr-hint-text\">{e(Aide)}</span>");
        html.Append("</label>");
        var decrit = enErreur ? $" aria-describedby=\"{id}-erreur\" aria-invalid=\"true\"" : "";
        var requis = Obligatoire ? " required" : "";
        if (liste)
        {
            var valeurs = ValeursCourantes();
            html.Append($"<select class=\"fr-select{(enErreur ? " fr-select--error" : "")}\" id=\"{id}\" name=\"{e(nom)}\"{(Multiple ? " multiple" : "")}{decrit}{requis}>");
            foreach (var option in Options!)
            {
                var choisi = option.Selected || valeurs.Contains(option.Value);
                html.Append($"<option value=\"{e(option.Value)}\"{(choisi ? " selected" : "")}{(option.Disabled ? " disabled" : "")}>{e(option.Text)}</option>");
            }
            html.Append("</select>");
        }
        else
        {
            // A password is never written back into the page, even when the form comes back with errors.
            var valeur = Type == "password" ? null
                : ViewContext.ViewData.ModelState.TryGetValue(nom, out var saisie) && saisie.AttemptedValue is not null
                    ? saisie.AttemptedValue
                    : Pour.Model is DateOnly date ? date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
                    : Convert.ToString(Pour.Model, System.Globalization.CultureInfo.InvariantCulture);
            var auto = Autocomplete is null ? "" : $" autocomplete=\"{e(Autocomplete)}\"";
            html.Append($"<input class=\"fr-input{(enErreur ? " fr-input--error" : "")}\" id=\"{id}\" name=\"{e(nom)}\" type=\"{e(Type)}\" value=\"{e(valeur)}\"{auto}{decrit}{requis} />");
        }
        if (enErreur)
            html.Append($"<p id=\"{id}-erreur\" class=\"fr-error-text\">{e(string.Join(" ", erreurs))}</p>");
        output.Content.SetHtmlContent(html.ToString());
    }

    private HashSet<string> ValeursCourantes()
    {
        if (ViewContext.ViewData.ModelState.TryGetValue(Pour.Name, out var saisie) && saisie.AttemptedValue is not null)
            return [.. saisie.AttemptedValue.Split(',')];
        return Pour.Model switch
        {
            null => [],
            string s => [s],
            System.Collections.IEnumerable valeurs => [.. valeurs.Cast<object>().Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "")],
            var v => [Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? ""],
        };
    }
}
