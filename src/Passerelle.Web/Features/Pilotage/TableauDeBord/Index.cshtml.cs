using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Indicateurs;
using Passerelle.Web.Features.Pilotage.Catalogue;
using Passerelle.Web.Platform.Export;
using Passerelle.Web.Platform.Securite;
using Passerelle.Web.Platform.Ui;

namespace Passerelle.Web.Features.Pilotage.TableauDeBord;

/// <summary>
/// The dashboard of a level (département, territoire, structure, action, fiche-action) over a period, its comparison with the
/// previous period and the target, a series and a breakdown of a chosen indicator as charts with their tables, the map of the
/// territoires at the département level. Numbers lead to the persons behind them for agents only (pilots and readers read aggregates).
/// </summary>
[Authorize(Policy = Politiques.Pilotage)]
public sealed class IndexModel(ConsultationTableauDeBord consultation, Echelons echelons, AppDbContext db, CurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Echelon { get; set; }
    [BindProperty(SupportsGet = true)] public TypePeriode? Periode { get; set; }
    [BindProperty(SupportsGet = true)] public int? Annee { get; set; }
    [BindProperty(SupportsGet = true)] public int? Numero { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? Du { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? Au { get; set; }
    [BindProperty(SupportsGet = true)] public string? Indicateur { get; set; }
    [BindProperty(SupportsGet = true)] public Ventilation? Ventilation { get; set; }

    public TableauDeBord? Tableau { get; private set; }
    public IReadOnlyDictionary<string, string> Erreurs { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyList<ChoixEchelon> Choix { get; private set; } = [];
    public IndicateurCatalogue? Choisi { get; private set; }
    public Graphique? Serie { get; private set; }
    public Graphique? Barres { get; private set; }
    public CarteTerritoires? Carte { get; private set; }
    public IReadOnlyList<Ventilation> VentilationsPossibles { get; private set; } = [];

    /// <summary>Agents read the persons behind a number; under secrecy (pilots, readers) there is no list.</summary>
    public bool VoitLesPersonnes { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var reponse = await consultation.LireAsync(Demande, ct);
        if (reponse.Interdit) return Forbid();
        if (reponse.Introuvable) return NotFound();
        Erreurs = reponse.Erreurs;
        var perimetre = PerimetreIndicateurs.De(user);
        Choix = await echelons.ChoixAsync(perimetre.TousLesTerritoires ? null : perimetre.TerritoiresAgent, ct);
        if (reponse is not { Tableau: { } tableau, Portee: { } portee }) return Page();
        Tableau = tableau;
        VoitLesPersonnes = !portee.Secret;
        var codes = tableau.Lignes.Select(l => l.Code).OfType<string>().Distinct().ToList();
        Choisi = CatalogueIndicateurs.Trouver(codes.Contains(Indicateur ?? "") ? Indicateur : codes.FirstOrDefault());
        if (Choisi is not null) await GraphiquesAsync(Choisi, tableau, portee, ct);
        return Page();
    }

    /// <summary>The table as CSV or XLSX; « partenaires » computes it under statistical secrecy (pilots and readers always have it).</summary>
    public async Task<IActionResult> OnGetExportAsync(string? format, bool partenaires, CancellationToken ct)
    {
        if (!ExportTableau.EstConnu(format)) return BadRequest("Format d'export inconnu : choisissez csv ou xlsx.");
        var reponse = await consultation.LireAsync(Demande, ct, partenaires);
        if (reponse.Interdit) return Forbid();
        if (reponse.Introuvable) return NotFound();
        if (reponse.Tableau is not { } tableau) return BadRequest(string.Join(" ", reponse.Erreurs.Values));
        Response.ContentType = ExportTableau.TypeContenu(format!);
        Response.Headers.ContentDisposition = $"attachment; filename=\"{ExportTableauDeBord.NomFichier(tableau, format!, tableau.Secret)}\"";
        await ExportTableauDeBord.EcrireAsync(tableau, format!, Response.Body, ct);
        return new EmptyResult();
    }

    public DemandeTableau Demande => new(Echelon, Periode, Annee, Numero, Du, Au);

    private async Task GraphiquesAsync(IndicateurCatalogue indicateur, TableauDeBord tableau, Portee portee, CancellationToken ct)
    {
        var serie = await consultation.SerieAsync(indicateur, tableau, portee, ct);
        Serie = new("serie", $"{indicateur.Libelle}, période par période", Unite(indicateur), FormeGraphique.Lignes,
            [.. serie.Select(p => new PointGraphique(LibellePeriode(p.Periode), p.Valeur.Masquee ? null : p.Valeur.Valeur, TexteValeur.De(p.Valeur, indicateur.Unite)))]);
        var niveau = tableau.Echelon.Niveau;
        if (niveau is NiveauTableau.Structure or NiveauTableau.Action) return;
        VentilationsPossibles = [.. indicateur.Ventilations.Where(v => v != Catalogue.Ventilation.Territoire || niveau == NiveauTableau.Departement)];
        if ((Ventilation is { } v && VentilationsPossibles.Contains(v) ? v : VentilationsPossibles.FirstOrDefault(x => x != Catalogue.Ventilation.Territoire)) is var choisie
            && VentilationsPossibles.Contains(choisie))
        {
            Ventilation = choisie;
            var valeur = await consultation.VentilationAsync(indicateur, tableau, portee, choisie, ct);
            Barres = new("barres", $"{indicateur.Libelle} par {choisie.Libelle()}", Unite(indicateur), FormeGraphique.Barres,
                [.. valeur.Lignes.Select(l => new PointGraphique(l.Libelle, l.Masquee ? null : l.Valeur, TexteValeur.De(l, indicateur.Unite)))]);
        }
        if (niveau == NiveauTableau.Departement && indicateur.Ventilations.Contains(Catalogue.Ventilation.Territoire))
            Carte = await CarteAsync(indicateur, tableau, portee, ct);
    }

    /// <summary>The territoires coloured by the indicator, each tile leading to its own dashboard for the same period.</summary>
    private async Task<CarteTerritoires> CarteAsync(IndicateurCatalogue indicateur, TableauDeBord tableau, Portee portee, CancellationToken ct)
    {
        var valeur = await consultation.VentilationAsync(indicateur, tableau, portee, Catalogue.Ventilation.Territoire, ct);
        var territoires = await db.Territoires.AsNoTracking().Where(t => portee.Territoires == null || portee.Territoires.Contains(t.Id)).OrderBy(t => t.Nom)
            .Select(t => new { t.Id, t.Nom }).ToListAsync(ct);
        var tuiles = territoires.Select(t =>
        {
            var ligne = valeur.Lignes.FirstOrDefault(l => l.Cle == t.Id);
            var chiffre = ligne is null ? (valeur.Masquee ? null : 0m) : ligne.Masquee ? null : ligne.Valeur;
            var texte = ligne is null ? (valeur.Masquee ? "secret statistique" : TexteValeur.De(new ValeurCalculee(0, null, null, []), indicateur.Unite)) : TexteValeur.De(ligne, indicateur.Unite);
            return new TuileCarte(t.Id, t.Nom, chiffre, texte, Lien(new { echelon = $"territoire-{t.Id}" }));
        }).ToList();
        var valeurs = tuiles.Select(t => t.Valeur).OfType<decimal>().Order().ToList();
        decimal[] seuils = valeurs.Count < 4 || valeurs[0] == valeurs[^1] ? [] : [.. new[] { valeurs[valeurs.Count / 4], valeurs[valeurs.Count / 2], valeurs[3 * valeurs.Count / 4] }.Distinct().Where(s => s > valeurs[0])];
        return new("carte", $"{indicateur.Libelle} par territoire", "Valeur", tuiles, seuils);
    }

    private static string Unite(IndicateurCatalogue i) => i.Unite == Programmes.UniteIndicateur.Nombre ? "Valeur" : $"Valeur ({Programmes.LibellesIndicateur.Libelle(i.Unite)})";

    public static string LibellePeriode(Indicateurs.Periode p) => p.Du.Month == 1 && p.Du.Day == 1 && p.Au.Month == 12 && p.Au.Day == 31
        ? p.Du.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : p.Du.ToString("MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"));

    /// <summary>This dashboard's address with some parameters changed (the period kept).</summary>
    public string Lien(object changes)
    {
        var valeurs = new Dictionary<string, string?>
        {
            ["echelon"] = Echelon,
            ["periode"] = Periode?.ToString(),
            ["annee"] = Annee?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["numero"] = Numero?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["du"] = Du?.ToString("yyyy-MM-dd"),
            ["au"] = Au?.ToString("yyyy-MM-dd"),
            ["indicateur"] = Indicateur,
            ["ventilation"] = Ventilation?.ToString(),
        };
        foreach (var p in changes.GetType().GetProperties()) valeurs[p.Name] = p.GetValue(changes)?.ToString();
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/pilotage/tableau-de-bord", valeurs.Where(v => !string.IsNullOrEmpty(v.Value)));
    }

    /// <summary>The list behind a line's value, for agents and person-based indicators only.</summary>
    public string? LienListe(LigneTableauDeBord ligne) =>
        VoitLesPersonnes && Tableau is { } t && CatalogueIndicateurs.Trouver(ligne.Code)?.Faits is not null && ligne.Valeur?.Valeur is > 0
            ? Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/pilotage/tableau-de-bord/liste", new Dictionary<string, string?>
            {
                ["code"] = ligne.Code,
                ["echelon"] = t.Echelon.Valeur,
                ["du"] = t.Periode.Du.ToString("yyyy-MM-dd"),
                ["au"] = t.Periode.Au.ToString("yyyy-MM-dd"),
            })
            : null;
}
