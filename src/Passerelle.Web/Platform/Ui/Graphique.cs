using System.Globalization;

namespace Passerelle.Web.Platform.Ui;

public enum FormeGraphique { Lignes, Barres }

/// <summary>A point of a chart: its label (a month, a structure), its value (null: none — masked or nothing to compute), the text read for it, an optional link.</summary>
public sealed record PointGraphique(string Libelle, decimal? Valeur, string Texte, string? Lien = null);

/// <summary>
/// A chart drawn as SVG on the server (no script): a line for a series over time, horizontal bars for a breakdown. Accessible
/// as the issue asks: the SVG is one image named by its title and a description, and _Graphique renders its data table below
/// it — the same points, readable without the drawing. Coordinates are computed here so that the view stays markup.
/// </summary>
public sealed class Graphique(string identifiant, string titre, string libelleValeur, FormeGraphique forme, IReadOnlyList<PointGraphique> points)
{
    public const int Largeur = 640;
    public const int MargeGauche = 200;
    public const int HauteurBarre = 26;
    private const int HauteurLignes = 220;
    private const int Marge = 24;

    public string Identifiant { get; } = identifiant;
    public string Titre { get; } = titre;
    public string LibelleValeur { get; } = libelleValeur;
    public FormeGraphique Forme { get; } = forme;
    public IReadOnlyList<PointGraphique> Points { get; } = points;

    public decimal Maximum => Points.Select(p => p.Valeur ?? 0).DefaultIfEmpty(0).Max() is var m && m > 0 ? m : 1;

    public int Hauteur => Forme == FormeGraphique.Barres ? Marge + Points.Count * (HauteurBarre + 6) + Marge : HauteurLignes + 2 * Marge;

    /// <summary>A bar's length for a value, over the width left of the labels.</summary>
    public int LongueurBarre(decimal? valeur) => (int)Math.Round((valeur ?? 0) / Maximum * (Largeur - MargeGauche - 80));

    public int YBarre(int rang) => Marge + rang * (HauteurBarre + 6);

    /// <summary>The points of the line, one per valued point; a point without value breaks the line.</summary>
    public IReadOnlyList<IReadOnlyList<(double X, double Y, PointGraphique Point)>> Troncons()
    {
        var troncons = new List<List<(double, double, PointGraphique)>>();
        var courant = new List<(double, double, PointGraphique)>();
        for (var i = 0; i < Points.Count; i++)
        {
            if (Points[i].Valeur is not decimal v)
            {
                if (courant.Count > 0) troncons.Add(courant);
                courant = [];
                continue;
            }
            courant.Add((X(i), Marge + HauteurLignes - (double)(v / Maximum) * HauteurLignes, Points[i]));
        }
        if (courant.Count > 0) troncons.Add(courant);
        return troncons;
    }

    public double X(int rang) => Points.Count <= 1 ? (Largeur + MargeGauche / 2) / 2.0 : MargeGauche / 2 + rang * (Largeur - MargeGauche / 2 - Marge) / (double)(Points.Count - 1);

    public static string Coordonnee(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    public string MaximumTexte => Maximum.ToString("0.#", CultureInfo.GetCultureInfo("fr-FR"));

    public int BasLignes => Marge + HauteurLignes;

    public int HautLignes => Marge;
}
