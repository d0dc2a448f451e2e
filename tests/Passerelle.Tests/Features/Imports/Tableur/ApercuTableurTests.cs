using Passerelle.Web.Features.Imports.Tableur;
using static Passerelle.Tests.Features.Imports.Tableur.TableurDeTest;

namespace Passerelle.Tests.Features.Imports.Tableur;

public sealed class ApercuTableurTests
{
    private static ApercuFichierTableur Apercu(string csv, int nombre = ApercuTableur.NombreParDefaut) =>
        ApercuTableur.Construire(Flux(csv, System.Text.Encoding.UTF8, bom: true), "essai.csv", Configuration(), Reference, nombre);

    [Fact]
    public void Apercu_place_chaque_erreur_sur_sa_cellule_et_garde_les_lignes_justes_sans_erreur()
    {
        var lignes = LignesValides();
        lignes[3] = Modifier(lignes[3], "Sexe", "M");

        var apercu = Apercu(Csv(lignes));

        Assert.Null(apercu.ErreurFichier);
        Assert.Equal([2, 3, 4, 5], apercu.Lignes.Select(l => l.Ligne));
        Assert.All(apercu.Lignes.Take(3), l => Assert.False(l.EnErreur));
        var sexe = apercu.Colonnes.ToList().FindIndex(c => c.Champ == ChampTableur.Sexe);
        var cellule = apercu.Lignes[3].Cellules[sexe];
        Assert.Equal(("M", "Sexe « M » inconnu : 1 ou 2 attendu."), (cellule.Valeur, cellule.Erreur));
        Assert.Equal(1, apercu.LignesEnErreur);
    }

    [Fact]
    public void Apercu_distingue_ce_qui_rejette_le_dossier_de_ce_qui_avertit()
    {
        var lignes = LignesValides();
        lignes[3] = Modifier(lignes[3], "N° demande", "000000000021");

        var apercu = Apercu(Csv(lignes));

        var numero = apercu.Colonnes.ToList().FindIndex(c => c.Champ == ChampTableur.NumDemRsa);
        Assert.EndsWith("(dossier rejeté)", apercu.Lignes[3].Cellules[numero].Erreur, StringComparison.Ordinal);
    }

    [Fact]
    public void Apercu_s_arrete_apres_le_nombre_demande_en_finissant_le_foyer_commence()
    {
        var apercu = Apercu(Csv(LignesValides()), nombre: 2);

        Assert.Equal([2, 3, 4], apercu.Lignes.Select(l => l.Ligne));
        Assert.True(apercu.Suite);
        Assert.All(apercu.Lignes, l => Assert.False(l.EnErreur));
    }

    [Fact]
    public void Apercu_d_un_fichier_sans_colonne_prevue_donne_l_erreur_et_les_colonnes_trouvees()
    {
        var entetes = Entetes.Where(e => e != "Sexe").ToArray();

        var apercu = Apercu(Csv(LignesValides().Select(l => l.Where((_, i) => i != Array.IndexOf(Entetes, "Sexe")).ToArray()), entetes: entetes));

        Assert.NotNull(apercu.ErreurFichier);
        Assert.Contains("La colonne « Sexe » (champ Sexe)", apercu.ErreurFichier.Motif, StringComparison.Ordinal);
        Assert.False(apercu.Colonnes.Single(c => c.Champ == ChampTableur.Sexe).Presente);
        Assert.Equal(entetes, apercu.Entetes);
        Assert.Empty(apercu.Lignes);
    }
}
