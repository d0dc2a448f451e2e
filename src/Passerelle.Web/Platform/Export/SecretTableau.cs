namespace Passerelle.Web.Platform.Export;

/// <summary>
/// Statistical secrecy of a table leaving the département (docs/indicators.md, « Secret statistique des exports partenaires »).
/// Primary: every count of persons under <see cref="Seuil"/>, zero included, is hidden. Complementary: in every sum of the
/// table (a total and its parts) that has a hidden cell, at least two cells are hidden, and the hidden parts hold at least
/// <see cref="Seuil"/> persons together unless the total is hidden too — otherwise the smallest shown part is hidden, and when
/// no part is left, the total; this runs until every sum holds, since a cell hidden for one sum sits in others. The total
/// minus the shown parts then gives only a sum of hidden cells, never one of them. A figure derived from a hidden count (its
/// rate, its difference with places) is hidden with it. Published totals stay the true totals.
/// </summary>
public static class SecretTableau
{
    public const int Seuil = 5;

    public static IReadOnlySet<Cellule> Masquer(TableauStatistique tableau)
    {
        var masquees = new HashSet<Cellule>();
        for (var l = 0; l < tableau.Lignes.Count; l++)
            for (var c = 0; c < tableau.Colonnes.Count; c++)
                if (tableau.Colonnes[c].Nature == NatureChiffre.Effectif && tableau.Lignes[l].Chiffres[c] is decimal v && v < Seuil) masquees.Add(new(l, c));
        bool change;
        do
        {
            change = false;
            foreach (var somme in tableau.Sommes)
                while (!Protegee(tableau, somme, masquees) && Suivante(tableau, somme, masquees) is Cellule cellule)
                    change |= masquees.Add(cellule);
        }
        while (change);
        for (var l = 0; l < tableau.Lignes.Count; l++)
            for (var c = 0; c < tableau.Colonnes.Count; c++)
                if (tableau.Colonnes[c].Nature == NatureChiffre.Derivee && (tableau.Colonnes[c].Sources ?? []).Any(s => masquees.Contains(new(l, s)))) masquees.Add(new(l, c));
        return masquees;
    }

    private static bool Protegee(TableauStatistique tableau, Somme somme, HashSet<Cellule> masquees)
    {
        var parties = somme.Parties.Where(masquees.Contains).ToList();
        var total = masquees.Contains(somme.Total);
        if (parties.Count == 0 && !total) return true;
        return parties.Count + (total ? 1 : 0) >= 2 && (total || parties.Sum(p => tableau.Valeur(p) ?? 0) >= Seuil);
    }

    private static Cellule? Suivante(TableauStatistique tableau, Somme somme, HashSet<Cellule> masquees)
    {
        var partie = somme.Parties.Where(p => !masquees.Contains(p)).OrderBy(p => tableau.Valeur(p) ?? 0).ThenBy(p => p.Ligne).ThenBy(p => p.Colonne).ToList();
        if (partie.Count > 0) return partie[0];
        return masquees.Contains(somme.Total) ? null : somme.Total;
    }
}
