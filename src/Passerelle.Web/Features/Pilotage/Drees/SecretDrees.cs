using Passerelle.Web.Features.Indicateurs.Secret;

namespace Passerelle.Web.Features.Pilotage.Drees;

/// <summary>
/// The « partenaires » variant of a table (primer §1: no cell under 5 people, docs/indicators.md « Enquête DREES OARSA »).
/// A count from 1 to 4 is hidden (0 is shown: it reveals nobody), and so is a mean over fewer than 5 persons. Then, in every
/// sum the table shows — the rows of a block add up to its total, and some columns to another (<see cref="TableauDrees.Sommes"/>) —
/// a hidden cell never stays alone: the smallest shown parts are hidden with it until the hidden parts are at least two and
/// hold at least 5 persons together, or the total is hidden too; a hidden total hides at least one of its parts. This is
/// repeated until nothing changes, so that no subtraction gives back a hidden cell.
/// </summary>
public static class SecretDrees
{
    public static ResultatDrees Appliquer(ResultatDrees resultat) => resultat with { Tableaux = [.. resultat.Tableaux.Select(Appliquer)] };

    public static TableauDrees Appliquer(TableauDrees tableau) => tableau with
    {
        Blocs = [.. tableau.Blocs.Select((bloc, b) => Bloc(tableau, bloc, b))],
    };

    private static BlocDrees Bloc(TableauDrees tableau, BlocDrees bloc, int b)
    {
        var valeurs = bloc.Lignes.Select(l => l.Valeurs.ToArray()).ToArray();
        var cache = new bool[valeurs.Length][];
        for (var r = 0; r < valeurs.Length; r++)
        {
            cache[r] = new bool[tableau.Colonnes.Count];
            for (var k = 0; k < tableau.Colonnes.Count; k++)
                cache[r][k] = tableau.Colonnes[k].Moyenne
                    ? tableau.EffectifsMoyennes.Count > 0 && tableau.EffectifsMoyennes[b][r][k] < SecretStatistique.Seuil
                    : valeurs[r][k] is > 0 and < SecretStatistique.Seuil;
        }
        var sommes = Sommes(tableau, valeurs.Length);
        var change = true;
        while (change)
        {
            change = false;
            foreach (var (total, parties) in sommes) change |= Proteger(valeurs, cache, total, parties);
        }
        return bloc with { Lignes = [.. bloc.Lignes.Select((l, r) => l with { Valeurs = [.. l.Valeurs.Select((v, k) => cache[r][k] ? null : v)] })] };
    }

    /// <summary>Each count column's rows add up to the block's total row; each row's declared column sums.</summary>
    private static List<((int, int) Total, (int, int)[] Parties)> Sommes(TableauDrees tableau, int lignes)
    {
        var sommes = new List<((int, int), (int, int)[])>();
        for (var k = 0; k < tableau.Colonnes.Count; k++)
            if (!tableau.Colonnes[k].Moyenne) sommes.Add(((lignes - 1, k), [.. Enumerable.Range(0, lignes - 1).Select(r => (r, k))]));
        for (var r = 0; r < lignes; r++)
            foreach (var s in tableau.Sommes) sommes.Add(((r, s[0]), [.. s.Skip(1).Select(k => (r, k))]));
        return sommes;
    }

    private static bool Proteger(long?[][] valeurs, bool[][] cache, (int R, int K) total, (int R, int K)[] parties)
    {
        long V((int R, int K) c) => valeurs[c.R][c.K] ?? 0;
        bool Cache((int R, int K) c) => cache[c.R][c.K];
        var cachees = parties.Where(Cache).ToList();
        var montrees = parties.Where(c => !Cache(c)).OrderBy(V).ToList();
        if (Cache(total))
        {
            if (cachees.Count > 0 || montrees.Count == 0) return false;
            cache[montrees[0].R][montrees[0].K] = true;
            return true;
        }
        if (cachees.Count == 0 || (cachees.Count >= 2 && cachees.Sum(V) >= SecretStatistique.Seuil)) return false;
        foreach (var c in montrees)
        {
            cache[c.R][c.K] = true;
            cachees.Add(c);
            if (cachees.Count >= 2 && cachees.Sum(V) >= SecretStatistique.Seuil) return true;
        }
        cache[total.R][total.K] = true;
        return true;
    }
}
