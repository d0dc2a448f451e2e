namespace Passerelle.Web.Platform.Export;

/// <summary>What a figure column holds: counts of persons (under secrecy for partners), other numbers (places, euros), or figures computed from counts of the same row.</summary>
public enum NatureChiffre { Effectif, Valeur, Derivee }

/// <param name="Sources">For a derived column (a rate, a difference): the count columns of the same row it is computed from; it is hidden with any of them.</param>
public sealed record ColonneChiffre(string Entete, NatureChiffre Nature, IReadOnlyList<int>? Sources = null);

/// <summary>A row: its labels (territoire, theme…), then its figures in the order of the columns (null: no figure).</summary>
public sealed record LigneStatistique(IReadOnlyList<string> Libelles, IReadOnlyList<decimal?> Chiffres);

/// <summary>A figure of the table: its row and its figure column.</summary>
public readonly record struct Cellule(int Ligne, int Colonne);

/// <summary>A total of the table and the counts that add up to it (a département and its territoires; persons and their parts by level).</summary>
public sealed record Somme(Cellule Total, IReadOnlyList<Cellule> Parties);

/// <summary>
/// A dashboard table as it can leave the screen: caption, label headers, figure columns, rows, and the sums that tie its counts
/// together (what statistical secrecy must keep from giving a hidden count back, <see cref="SecretTableau"/>). Aggregates only:
/// a table holds no personal data by construction.
/// </summary>
public sealed record TableauStatistique(string Legende, IReadOnlyList<string> EntetesLibelles, IReadOnlyList<ColonneChiffre> Colonnes,
    IReadOnlyList<LigneStatistique> Lignes, IReadOnlyList<Somme> Sommes)
{
    public decimal? Valeur(Cellule c) => Lignes[c.Ligne].Chiffres[c.Colonne];
}
