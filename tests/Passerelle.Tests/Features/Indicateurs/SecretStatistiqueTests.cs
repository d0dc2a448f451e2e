using Passerelle.Web.Features.Indicateurs.Secret;

namespace Passerelle.Tests.Features.Indicateurs;

/// <summary>
/// The secrecy rule against an attacker who asks every question allowed (every run of months, the département and
/// each territoire) and solves the published figures as linear equations: no cell under the threshold, and no
/// month of the département under it, may come out exactly.
/// </summary>
public sealed class SecretStatistiqueTests
{
    private static readonly int[] Territoires = [1, 2, 3, 4];
    private const int NombreMois = 6;

    /// <summary>The cells: (month, territoire) with null for the rows without territoire.</summary>
    private static readonly (int Mois, int? Territoire)[] Cellules =
        [.. Enumerable.Range(0, NombreMois).SelectMany(m => Territoires.Select(t => (m, (int?)t)).Append((m, null)))];

    [Fact]
    public void Aucune_petite_cellule_ne_se_deduit_des_chiffres_publies_par_difference_de_periodes_ou_de_territoires()
    {
        var hasard = new Random(20261203);
        var (tables, petites) = (0, 0);
        for (var essai = 0; essai < 400; essai++)
        {
            var valeurs = Cellules.ToDictionary(c => c, c => c.Territoire is null ? (hasard.Next(3) == 0 ? hasard.Next(4) : 0) : hasard.Next(hasard.Next(2) == 0 ? 4 : 30));
            var effectifs = new Effectifs(valeurs.Select(v => (v.Key.Mois, v.Key.Territoire, v.Value)));
            var clairs = essai % 5 == 0 ? new HashSet<int> { 4 } : [];
            var publies = Publiees(effectifs, clairs);
            foreach (var ((mois, territoire), valeur) in valeurs.Where(v => v.Value < SecretStatistique.Seuil && (v.Key.Territoire is null ? v.Value > 0 : !clairs.Contains(v.Key.Territoire.Value))))
            {
                petites++;
                Assert.False(Deductible(publies, Cellules.Select(c => c == (mois, territoire) ? 1.0 : 0).ToArray()),
                    $"Essai {essai} : la cellule ({mois}, {territoire}) = {valeur} se déduit des chiffres publiés.");
            }
            foreach (var mois in Enumerable.Range(0, NombreMois).Where(m => effectifs.Departement(m) < SecretStatistique.Seuil))
                Assert.False(Deductible(publies, Cellules.Select(c => c.Mois == mois ? 1.0 : 0).ToArray()), $"Essai {essai} : le mois {mois} du département se déduit.");
            tables++;
        }
        Assert.Equal(400, tables);
        Assert.True(petites > 1000, "Le tirage doit produire beaucoup de petites cellules pour que l'essai porte.");
    }

    [Fact]
    public void Un_mois_sous_le_seuil_masque_toute_periode_qui_le_contient_mais_pas_les_autres()
    {
        var effectifs = new Effectifs([(0, 1, 3), (1, 1, 6), (2, 1, 7)]);
        Assert.False(new SecretStatistique([1], new HashSet<int>(), [0, 1, 2]).Publiable(effectifs, null));
        Assert.False(new SecretStatistique([1], new HashSet<int>(), [0, 1, 2]).Publiable(effectifs, 1));
        Assert.True(new SecretStatistique([1], new HashSet<int>(), [1, 2]).Publiable(effectifs, null));
    }

    [Fact]
    public void Un_petit_territoire_en_masque_un_second_pour_que_le_departement_ne_le_donne_pas()
    {
        var effectifs = new Effectifs([(0, 1, 2), (0, 2, 40), (0, 3, 9)]);
        var secret = new SecretStatistique([1, 2, 3], new HashSet<int>(), [0]);
        Assert.True(secret.Publiable(effectifs, null));
        Assert.False(secret.Publiable(effectifs, 1));
        Assert.False(secret.Publiable(effectifs, 3));
        Assert.True(secret.Publiable(effectifs, 2));
        // A territoire the user reads in clear cannot protect: the département is hidden instead.
        var pilotePlusAgent = new SecretStatistique([1, 2, 3], new HashSet<int> { 2, 3 }, [0]);
        Assert.False(pilotePlusAgent.Publiable(effectifs, null));
        Assert.False(pilotePlusAgent.Publiable(effectifs, 1));
    }

    [Fact]
    public void Les_parties_d_un_total_ne_sont_publiees_qu_ensemble_et_avec_leur_total()
    {
        var total = new Effectifs([(0, 1, 20)]);
        var dans = new Effectifs([(0, 1, 18)]);
        var secret = new SecretStatistique([1], new HashSet<int>(), [0]);
        Assert.True(secret.Publiable(total, 1));
        Assert.False(secret.PartiesPubliables(1, total, dans, total.Moins(dans)));
        var equilibre = new Effectifs([(0, 1, 10)]);
        Assert.True(secret.PartiesPubliables(1, total, equilibre, total.Moins(equilibre)));
    }

    /// <summary>Every figure the rule lets out, as its coefficients over <see cref="Cellules"/>.</summary>
    private static List<double[]> Publiees(Effectifs effectifs, HashSet<int> clairs)
    {
        var publiees = new List<double[]>();
        for (var debut = 0; debut < NombreMois; debut++)
            for (var fin = debut; fin < NombreMois; fin++)
            {
                var (d, f) = (debut, fin);
                var secret = new SecretStatistique(Territoires, clairs, [.. Enumerable.Range(d, f - d + 1)]);
                if (secret.Publiable(effectifs, null)) publiees.Add(Cellules.Select(c => c.Mois >= d && c.Mois <= f ? 1.0 : 0).ToArray());
                foreach (var t in Territoires.Where(t => clairs.Contains(t) || secret.Publiable(effectifs, t)))
                    publiees.Add(Cellules.Select(c => c.Mois >= d && c.Mois <= f && c.Territoire == t ? 1.0 : 0).ToArray());
            }
        return publiees;
    }

    /// <summary>Whether a combination of cells is a linear combination of the published figures (Gaussian elimination).</summary>
    private static bool Deductible(List<double[]> publiees, double[] cible) => Rang([.. publiees, cible]) == Rang(publiees);

    private static int Rang(List<double[]> lignes)
    {
        var m = lignes.Select(l => (double[])l.Clone()).ToList();
        var rang = 0;
        for (var colonne = 0; colonne < Cellules.Length && rang < m.Count; colonne++)
        {
            var pivot = Enumerable.Range(rang, m.Count - rang).OrderByDescending(i => Math.Abs(m[i][colonne])).First();
            if (Math.Abs(m[pivot][colonne]) < 1e-9) continue;
            (m[rang], m[pivot]) = (m[pivot], m[rang]);
            for (var i = 0; i < m.Count; i++)
            {
                if (i == rang || Math.Abs(m[i][colonne]) < 1e-12) continue;
                var facteur = m[i][colonne] / m[rang][colonne];
                for (var j = colonne; j < Cellules.Length; j++) m[i][j] -= facteur * m[rang][j];
            }
            rang++;
        }
        return rang;
    }
}
