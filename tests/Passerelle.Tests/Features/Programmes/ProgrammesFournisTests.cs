using Passerelle.Web.Features.Programmes;

namespace Passerelle.Tests.Features.Programmes;

/// <summary>
/// The five programmes read from ../shared/seeds load whole, and hold what the documents count: the numbers below
/// were counted in the documents (line numbers in each file's source and notes), not in the files.
/// </summary>
public sealed class ProgrammesFournisTests
{
    private static ProgrammeLu Lire(string fichier)
    {
        using var flux = ImportProgrammes.OuvrirFourni(fichier);
        var (programme, erreurs) = LectureProgramme.Lire(flux);
        Assert.Empty(erreurs);
        return programme!;
    }

    private static int Niveau(ProgrammeLu p, NiveauElement niveau) => p.Elements.Count(e => e.Niveau == niveau);

    [Theory]
    // Sarthe PTI 2017-2021 (002): 3 objectifs stratégiques, 8 opérationnels (L845), 27 fiches = 9 actions + 18 sous-actions
    // (synthesis table L979-1011; 8 more actions only group their sous-actions), 62 indicators (L1041-2002).
    [InlineData("72-pti-2017-2021.json", "72", TypeProgramme.Pti, 0, 3, 8, 9, 18, 62)]
    // Drôme PDIE 2019-2022 (004): 5 axes (L113), 20 actions (L140, fiches L496-1719), 57 indicators (20 « indicateurs de suivi » blocks).
    [InlineData("26-pdie-2019-2022.json", "26", TypeProgramme.Pdie, 5, 0, 0, 20, 0, 57)]
    // Indre-et-Loire PTI 2015-2017 (001): 5 axes, 16 fiches FA1-FA16, 78 indicators.
    [InlineData("37-pti-2015-2017.json", "37", TypeProgramme.Pti, 5, 0, 0, 16, 0, 78)]
    // Maine-et-Loire FSE (000): dispositifs 1 and 2, sous-dispositifs 1.1, 1.2, 1.3; no indicator in the document.
    [InlineData("49-fse-dispositifs.json", "49", TypeProgramme.Fse, 0, 0, 0, 2, 3, 0)]
    // Stratégie pauvreté 2019-2021, fiche action n°6 (003): one fiche, two indicators (L15).
    [InlineData("49-strategie-pauvrete-2019-2021.json", "49", TypeProgramme.StrategiePauvrete, 0, 0, 0, 1, 0, 2)]
    public void Programme_fourni_compte_ce_que_le_document_compte(string fichier, string departement, TypeProgramme type,
        int axes, int strategiques, int operationnels, int fiches, int sousActions, int indicateurs)
    {
        var p = Lire(fichier);
        Assert.Equal((departement, type), (p.Departement, p.Type));
        Assert.Equal((axes, strategiques, operationnels), (Niveau(p, NiveauElement.Axe), Niveau(p, NiveauElement.ObjectifStrategique), Niveau(p, NiveauElement.ObjectifOperationnel)));
        Assert.Equal((fiches, sousActions, indicateurs), (p.Fiches(NiveauElement.Fiche), p.Fiches(NiveauElement.SousAction), p.Indicateurs));
        Assert.Contains(fichier, ImportProgrammes.FichiersFournis(departement));
    }

    [Fact]
    public void Sarthe_range_I3a1_sous_l_action_I3a_de_l_objectif_I3_de_l_objectif_strategique_I()
    {
        var p = Lire("72-pti-2017-2021.json");
        var parCode = p.Elements.ToDictionary(e => e.Code);
        Assert.Equal(["I", "I3", "I3a", "I3a1"], Chemin(parCode, "I3a1"));
        Assert.Null(parCode["I3a"].Fiche);
        var i3a1 = parCode["I3a1"].Fiche!;
        Assert.Equal("Département", i3a1.Pilote);
        Assert.NotEmpty(i3a1.Indicateurs);
        // The PDF's conversion wrote « 15a1 » for I5a1: the file keeps the document's own codes.
        Assert.Contains("I5a1", parCode.Keys);
        Assert.DoesNotContain("15a1", parCode.Keys);
    }

    [Fact]
    public void Fiche_6_de_la_strategie_pauvrete_porte_la_part_Etat_2019_telle_que_saisie()
    {
        var fiche = Lire("49-strategie-pauvrete-2019-2021.json").Elements.Single(e => e.Code == "6").Fiche!;
        var etat = Assert.Single(fiche.Financements, f => f.Financeur == Financeur.Etat);
        Assert.Equal((111_663.80m, 2019), (etat.Montant, etat.Annee));
        // The two cost lines make the « Dépenses 2019 : > 300 000 € » of the document; the État share funds part of them.
        Assert.Equal(300_000m, fiche.Financements.Where(f => f.Financeur != Financeur.Etat).Sum(f => f.Montant));
    }

    private static List<string> Chemin(Dictionary<string, ElementLu> parCode, string code)
    {
        var chemin = new List<string>();
        for (var e = parCode[code]; ; e = parCode[e.CodeParent])
        {
            chemin.Insert(0, e.Code);
            if (e.CodeParent is null) return chemin;
        }
    }
}
