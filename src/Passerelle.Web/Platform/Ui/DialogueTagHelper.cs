using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Passerelle.Web.Platform.Ui;

/// <summary>
/// An action of a page behind a button, in a DSFR modal dialog: <c>&lt;dialogue id="proposer" titre="Proposer une
/// orientation" bouton="Proposer une orientation"&gt;…form…&lt;/dialogue&gt;</c>. The person page keeps its facts and
/// history in view instead of a row of forms (issue 13); the dialog traps focus, closes on Escape and gives the
/// focus back to its button (DSFR's script).
/// </summary>
[HtmlTargetElement("dialogue")]
public sealed class DialogueTagHelper(HtmlEncoder encoder) : TagHelper
{
    [HtmlAttributeName("id")] public required string Id { get; set; }
    [HtmlAttributeName("titre")] public required string Titre { get; set; }
    [HtmlAttributeName("bouton")] public required string Bouton { get; set; }
    /// <summary>The button's DSFR look: <c>fr-btn--secondary</c> by default, empty for a primary action.</summary>
    [HtmlAttributeName("style-bouton")] public string StyleBouton { get; set; } = "fr-btn--secondary";

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var contenu = (await output.GetChildContentAsync()).GetContent();
        var (id, titre) = (encoder.Encode(Id), encoder.Encode(Titre));
        output.TagName = null;
        output.Content.SetHtmlContent(
            $"""
            <button type="button" class="fr-btn {encoder.Encode(StyleBouton)} fr-mb-2w fr-mr-2w" data-fr-opened="false" aria-controls="{id}">{encoder.Encode(Bouton)}</button>
            <dialog aria-labelledby="{id}-titre" id="{id}" class="fr-modal">
                <div class="fr-container fr-container--fluid fr-container-md">
                    <div class="fr-grid-row fr-grid-row--center">
                        <div class="fr-col-12 fr-col-md-8">
                            <div class="fr-modal__body">
                                <div class="fr-modal__header"><button type="button" class="fr-btn--close fr-btn" aria-controls="{id}" title="Fermer">Fermer</button></div>
                                <div class="fr-modal__content">
                                    <h1 id="{id}-titre" class="fr-modal__title">{titre}</h1>
                                    {contenu}
                                </div>
                            </div>
                        </div>
                    </div>
                </div>
            </dialog>
            """);
    }
}
