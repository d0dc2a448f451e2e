using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Web.Features.Diagnostic;
using Passerelle.Web.Platform;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;
using static Passerelle.Web.Features.Pilotage.Maillage.TableauMaillageStatistique;

namespace Passerelle.Web.Features.Pilotage.Maillage;

/// <summary>Needs against the offer by territoire and theme for a year: the table of gaps, the map and the detail of one theme sorted by gap.</summary>
[Authorize(Policy = Politiques.Pilotage)]
public sealed class IndexModel(ConsultationMaillage consultation, HeureLegale heure) : PageModel
{
    [BindProperty(Name = "annee", SupportsGet = true)] public int? AnneeSaisie { get; set; }
    [BindProperty(Name = "theme", SupportsGet = true)] public ThemeFrein? ThemeSaisi { get; set; }

    public int Annee { get; private set; }
    public ThemeFrein Theme { get; private set; }
    public string? ErreurAnnee { get; private set; }
    public VueMaillage? Vue { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Annee = AnneeSaisie ?? heure.Aujourdhui.Year;
        Theme = ThemeSaisi ?? ThemeFrein.Logement;
        ErreurAnnee = consultation.VerifierAnnee(Annee);
        if (ErreurAnnee is null) Vue = await consultation.LireAsync(Annee, ct);
    }

    public bool Masque(int? territoireId, ThemeFrein theme, int colonne) => Vue!.Statistique.Masque(territoireId, theme, colonne);

    /// <summary>A figure as read, « secret » when hidden.</summary>
    public string Texte(int? territoireId, ThemeFrein theme, int colonne, decimal? valeur, string suffixe = "") =>
        Masque(territoireId, theme, colonne) ? "secret" : valeur is null ? "—" : Platform.Export.ExportTableau.Texte(valeur) + suffixe;

    public string? LienPersonnes(int territoireId, ThemeFrein theme, NiveauFrein niveau) => Vue!.Lien(theme)
        ? $"/pilotage/maillage/personnes?annee={Annee}&territoireId={territoireId}&theme={theme}&niveau={niveau}"
        : null;

    /// <summary>The theme's territoires by gap, largest first; under secrecy a hidden gap is not ranked (its rank would tell it) but listed last by name.</summary>
    public IEnumerable<(TerritoireMaillage Territoire, CelluleMaillage Cellule)> Detail() =>
        Vue!.Maillage.Territoires.Select(t => (Territoire: t, Cellule: Vue.Maillage.Cellule(t.Id, Theme)))
            .OrderBy(x => Masque(x.Territoire.Id, Theme, ColonneEcart)).ThenByDescending(x => Masque(x.Territoire.Id, Theme, ColonneEcart) ? 0 : x.Cellule.Ecart).ThenBy(x => x.Territoire.Nom);

    public CarteTerritoires Carte() => new("carte-maillage", $"Taux de couverture du frein « {Theme.Libelle()} » par territoire, {Annee}",
        "Places financées pour 100 personnes ayant ce frein",
        [.. Vue!.Maillage.Territoires.Select(t =>
        {
            var c = Vue.Maillage.Cellule(t.Id, Theme);
            var masque = Masque(t.Id, Theme, ColonneTaux);
            return new TuileCarte(t.Id, t.Nom, masque ? null : c.Taux,
                masque ? "secret" : c.Taux is null ? "aucune personne" : $"{Texte(t.Id, Theme, ColonneTaux, c.Taux)} places pour 100");
        })],
        [25m, 50m, 100m], unite: "", sansValeur: "Secret statistique ou aucune personne");
}
