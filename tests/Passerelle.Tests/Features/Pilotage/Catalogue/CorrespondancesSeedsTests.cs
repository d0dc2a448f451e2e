using Passerelle.Web.Features.Pilotage.Catalogue;
using Passerelle.Web.Features.Programmes;

namespace Passerelle.Tests.Features.Pilotage.Catalogue;

/// <summary>The written correspondence table against the five seed programmes: every indicator mapped, no stale row, every code known and of the same unit.</summary>
public sealed class CorrespondancesSeedsTests
{
    private static readonly string[] Fichiers =
        ["26-pdie-2019-2022.json", "37-pti-2015-2017.json", "49-fse-dispositifs.json", "49-strategie-pauvrete-2019-2021.json", "72-pti-2017-2021.json"];

    private static IEnumerable<(string Programme, string Fiche, IndicateurContenu Indicateur)> Indicateurs()
    {
        foreach (var fichier in Fichiers)
        {
            using var flux = ImportProgrammes.OuvrirFourni(fichier);
            var (programme, erreurs) = LectureProgramme.Lire(flux);
            Assert.Empty(erreurs);
            foreach (var e in programme!.Elements.Where(e => e.Fiche is not null))
                foreach (var i in e.Fiche!.Indicateurs) yield return (programme.Code, e.Code, i);
        }
    }

    [Fact]
    public void Chaque_indicateur_des_seeds_a_une_correspondance_et_chaque_calcule_est_dans_la_table()
    {
        var indicateurs = Indicateurs().ToList();
        Assert.Equal(199, indicateurs.Count);
        foreach (var (programme, fiche, i) in indicateurs)
        {
            var c = CorrespondancesSeeds.Proposer(programme, fiche, i.Libelle, i.Source);
            Assert.NotEqual(CorrespondanceIndicateur.NonEtablie, c.Statut);
            if (i.Source == SourceIndicateur.Calcule) Assert.True(CorrespondancesSeeds.Table.ContainsKey((programme, fiche, i.Libelle)), $"{programme} {fiche} « {i.Libelle} »");
            if (c.Statut == CorrespondanceIndicateur.Manquant) Assert.False(string.IsNullOrWhiteSpace(c.Motif));
        }
        Assert.Equal(18, indicateurs.Count(x => CorrespondancesSeeds.Proposer(x.Programme, x.Fiche, x.Indicateur.Libelle, x.Indicateur.Source).Statut == CorrespondanceIndicateur.Calcule
            && x.Indicateur.Source == SourceIndicateur.Saisi));
    }

    [Fact]
    public void Table_ne_nomme_que_des_indicateurs_des_seeds_et_des_codes_connus_de_meme_unite()
    {
        var unites = Indicateurs().ToDictionary(x => (x.Programme, x.Fiche, x.Indicateur.Libelle), x => x.Indicateur.Unite);
        var correspondances = new CorrespondancesIndicateurs();
        foreach (var (cle, c) in CorrespondancesSeeds.Table)
        {
            Assert.True(unites.ContainsKey(cle), $"Ligne sans indicateur : {cle}");
            if (c.Code is { } code) Assert.Null(correspondances.Refus(code, unites[cle]));
        }
    }

    [Fact]
    public void Code_inconnu_ou_d_une_autre_unite_est_refuse_avec_un_message_clair()
    {
        var correspondances = new CorrespondancesIndicateurs();
        Assert.Contains("n'est pas un indicateur du catalogue", correspondances.Refus("ORI-INCONNU", UniteIndicateur.Nombre));
        Assert.Contains("se mesure en", correspondances.Refus("COM-TAUX-PARTICIPATION", UniteIndicateur.Nombre));
        Assert.Null(correspondances.Refus(CorrespondancesIndicateurs.SaisieManuelle, UniteIndicateur.Texte));
    }

    [Fact]
    public void Catalogue_a_des_codes_uniques_et_des_ventilations_sans_doublon()
    {
        Assert.Equal(CatalogueIndicateurs.Tous.Count, CatalogueIndicateurs.Tous.Select(i => i.Code).Distinct().Count());
        Assert.All(CatalogueIndicateurs.Tous, i => Assert.Equal(i.Ventilations.Count, i.Ventilations.Distinct().Count()));
    }
}
