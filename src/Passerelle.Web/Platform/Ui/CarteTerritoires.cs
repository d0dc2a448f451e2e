using System.Globalization;

namespace Passerelle.Web.Platform.Ui;

/// <summary>A territoire on the map: its value (null: none to show, e.g. secret), the text read in its tile and table, an optional link.</summary>
public sealed record TuileCarte(int TerritoireId, string Nom, decimal? Valeur, string Texte, string? Lien = null);

/// <summary>One class of the legend: its label, its colour and its pattern (readable without colour), its rank (-1: no value).</summary>
public sealed record ClasseCarte(int Rang, string Libelle, string Couleur, string Motif);

/// <summary>
/// A schematic map of the département's territoires coloured by a value (decision 0027): no contour of the territoires exists
/// offline (communes carry no coordinates), so each territoire is one labelled tile of a grid, in the order given. Classes cut
/// the values at <see cref="Seuils"/> (ascending; a value equal to a threshold goes above it). Rendered by _CarteTerritoires.
/// </summary>
public sealed class CarteTerritoires(string identifiant, string titre, string libelleValeur, IReadOnlyList<TuileCarte> tuiles, IReadOnlyList<decimal> seuils,
    string unite = "", string sansValeur = "Sans valeur")
{
    public const int Largeur = 180;
    public const int Hauteur = 110;
    public const int Marge = 10;

    private static readonly string[] Couleurs = ["#f5f5fe", "#cacafb", "#8585f6", "#313178", "#000091"];
    private static readonly string[] Motifs = ["aucun", "points", "diagonales", "croisillons", "plein"];

    public string Identifiant { get; } = identifiant;
    public string Titre { get; } = titre;
    public string LibelleValeur { get; } = libelleValeur;
    public IReadOnlyList<TuileCarte> Tuiles { get; } = tuiles;
    public IReadOnlyList<decimal> Seuils { get; } = seuils.Count < Couleurs.Length ? seuils : throw new ArgumentException("Quatre seuils au plus.", nameof(seuils));

    public int Colonnes => Math.Max(1, (int)Math.Ceiling(Math.Sqrt(Tuiles.Count)));

    public int LargeurTotale => Colonnes * (Largeur + Marge) + Marge;

    public int HauteurTotale => (int)Math.Ceiling(Tuiles.Count / (double)Colonnes) * (Hauteur + Marge) + Marge;

    public (int X, int Y) Position(int rang) => (Marge + rang % Colonnes * (Largeur + Marge), Marge + rang / Colonnes * (Hauteur + Marge));

    public ClasseCarte SansValeur { get; } = new(-1, sansValeur, "#ffffff", "hachures");

    public IReadOnlyList<ClasseCarte> Classes => [.. Enumerable.Range(0, Seuils.Count + 1).Select(i => new ClasseCarte(i, LibelleClasse(i, unite), Couleurs[Rang(i)], Motifs[Rang(i)]))];

    public ClasseCarte Classe(TuileCarte tuile) => tuile.Valeur is decimal v ? Classes[Seuils.Count(s => v >= s)] : SansValeur;

    /// <summary>Classes spread over the palette from light to dark, whatever their number.</summary>
    private int Rang(int i) => Seuils.Count == 0 ? 2 : i * (Couleurs.Length - 1) / Seuils.Count;

    private string LibelleClasse(int i, string u)
    {
        string N(decimal d) => d.ToString("0.#", CultureInfo.GetCultureInfo("fr-FR")) + u;
        if (Seuils.Count == 0) return "Toutes valeurs";
        if (i == 0) return $"Moins de {N(Seuils[0])}";
        return i == Seuils.Count ? $"{N(Seuils[i - 1])} et plus" : $"De {N(Seuils[i - 1])} à moins de {N(Seuils[i])}";
    }
}
