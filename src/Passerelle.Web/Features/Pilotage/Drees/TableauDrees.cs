using System.Text.Json.Serialization;

namespace Passerelle.Web.Features.Pilotage.Drees;

/// <summary>A column of a table: a count of persons, or a mean in days (<see cref="Moyenne"/>) over the persons it names.</summary>
public sealed record ColonneDrees(string Libelle, bool Moyenne = false);

/// <summary>One row; a null value is a cell kept secret (« partenaires » variant).</summary>
public sealed record LigneDrees(string Libelle, IReadOnlyList<long?> Valeurs);

/// <summary>A breakdown block: its rows, then « Total ».</summary>
public sealed record BlocDrees(string Titre, IReadOnlyList<LigneDrees> Lignes);

/// <summary>
/// One table: its columns and, for statistical secrecy, the columns that add up exactly to another
/// (<see cref="Sommes"/>: parent index, then its parts).
/// </summary>
public sealed record TableauDrees(string Numero, string Titre, string Population, IReadOnlyList<ColonneDrees> Colonnes, IReadOnlyList<BlocDrees> Blocs)
{
    [JsonIgnore] public IReadOnlyList<int[]> Sommes { get; init; } = [];

    /// <summary>For each mean cell, the number of persons it averages ([block][row][column]); secrecy hides a mean over fewer than 5.</summary>
    [JsonIgnore] public IReadOnlyList<IReadOnlyList<long[]>> EffectifsMoyennes { get; init; } = [];
}

/// <summary>Counts one table: each person adds to their row of every breakdown block and to each block's total.</summary>
internal sealed class AccumulateurDrees(IReadOnlyList<ColonneDrees> colonnes)
{
    private readonly long[][][] comptes = Creer(colonnes.Count);
    private readonly long[][][] effectifsMoyennes = Creer(colonnes.Count);

    private static long[][][] Creer(int n) =>
        [.. ProfilDrees.Blocs.Select(b => Enumerable.Range(0, b.Lignes.Count + 1).Select(_ => new long[n]).ToArray())];

    public void Compter(ProfilDrees profil, int colonne) => Ajouter(profil, colonne, 1, comptes);

    /// <summary>Adds one person's delay in days to a mean column.</summary>
    public void Mesurer(ProfilDrees profil, int colonne, int jours)
    {
        Ajouter(profil, colonne, jours, comptes);
        Ajouter(profil, colonne, 1, effectifsMoyennes);
    }

    private static void Ajouter(ProfilDrees profil, int colonne, long valeur, long[][][] cible)
    {
        for (var b = 0; b < cible.Length; b++)
        {
            cible[b][profil.Ligne(b)][colonne] += valeur;
            cible[b][^1][colonne] += valeur;
        }
    }

    /// <summary>The table; a mean over nobody is empty (null), means are rounded to the day.</summary>
    public TableauDrees Tableau(string numero, string titre, string population, params int[][] sommes)
    {
        var blocs = ProfilDrees.Blocs.Select((b, i) => new BlocDrees(b.Titre,
            [.. b.Lignes.Append("Total").Select((l, r) => new LigneDrees(l, [.. colonnes.Select((c, k) => Valeur(c, comptes[i][r][k], effectifsMoyennes[i][r][k]))]))])).ToList();
        return new TableauDrees(numero, titre, population, colonnes, blocs) { Sommes = sommes, EffectifsMoyennes = effectifsMoyennes };
    }

    private static long? Valeur(ColonneDrees colonne, long valeur, long effectif) =>
        !colonne.Moyenne ? valeur : effectif == 0 ? null : (long)Math.Round((double)valeur / effectif, MidpointRounding.AwayFromZero);
}
