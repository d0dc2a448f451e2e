using Passerelle.Web.Features.Pilotage.Drees;

namespace Passerelle.Tests.Features.Pilotage.Drees;

/// <summary>The « partenaires » variant: no count from 1 to 4 shown, and no subtraction of shown cells gives back a hidden one.</summary>
public sealed class SecretDreesTests
{
    [Fact]
    public void Aucune_cellule_de_1_a_4_ni_cellule_seule_cachee_dans_une_somme()
    {
        var r = SecretDrees.Appliquer(CalculDreesTests.Resultat());
        foreach (var t in r.Tableaux)
            foreach (var b in t.Blocs)
            {
                for (var k = 0; k < t.Colonnes.Count; k++)
                {
                    if (t.Colonnes[k].Moyenne) continue;
                    Assert.All(b.Lignes, l => Assert.False(l.Valeurs[k] is > 0 and < 5, $"{t.Numero} {b.Titre} {l.Libelle} {k}"));
                    Assert.NotEqual(1, b.Lignes.Count(l => l.Valeurs[k] is null));
                }
                foreach (var s in t.Sommes)
                    Assert.All(b.Lignes, l => Assert.NotEqual(1, s.Count(k => l.Valeurs[k] is null)));
            }
    }

    [Fact]
    public void Total_ligne_garde_le_total_et_cache_le_complement_du_petit_nombre()
    {
        var total = SecretDrees.Appliquer(CalculDreesTests.Resultat()).Tableaux[0].Blocs[1].Lignes[^1].Valeurs;
        Assert.Equal(9, total[0]);
        Assert.Null(total[1]);
        Assert.Null(total[2]);
    }

    [Fact]
    public void Moyenne_sur_moins_de_5_personnes_est_cachee()
    {
        var t5 = SecretDrees.Appliquer(CalculDreesTests.Resultat()).Tableaux.Single(t => t.Numero == "5");
        Assert.All(t5.Blocs, b => Assert.All(b.Lignes, l => Assert.Null(l.Valeurs[4])));
    }
}
