using Passerelle.Web.Features.Dossiers.Avertissements;
using Passerelle.Web.Features.Dossiers.Cnaf;
using Passerelle.Web.Features.Imports;
using Passerelle.Web.Platform.Securite;
using static Passerelle.Tests.Features.Dossiers.Cnaf.FluxReelDeTest;

namespace Passerelle.Tests.Features.Dossiers.Cnaf;

/// <summary>The habits of real CAF files are read without rejects and, when they are not anomalies, without warnings.</summary>
public sealed class FluxReelsTests
{
    private static List<ElementFluxCnaf> Lire(params string[] foyers) => FluxCnafDeTest.Lire(Fichier(foyers));

    private static FoyerLu Controle(FoyerLu lu) => Assert.IsType<FoyerLu>(ControleFoyer.Verifier(lu, Reference));

    [Fact]
    public void Foyer_de_deux_conjoints_au_nir_de_13_caracteres_est_lu_sans_rejet_avec_un_seul_avertissement()
    {
        var elements = Lire(Foyer("01024041052",
            Personne("CJT", "TIFOUR", "SOPHIE", "1982-02-01", "2820251108030") + Personne("CJT", "KELLER", "NOEL", "1977-03-23", "1770393050005", "1", "0", "MR")));

        var lu = Controle(Assert.Single(elements.OfType<FoyerLu>()));
        Assert.Empty(elements.OfType<RejetFoyerCnaf>());
        Assert.Equal(["282025110803094", "177039305000566"], lu.Foyer.Personnes.Select(p => p.Nir));
        Assert.Equal(["CJT", "CJT"], lu.Foyer.Personnes.Select(p => p.Role));
        Assert.Equal([true, false], lu.Foyer.Personnes.Select(p => p.SoumisDroitsDevoirs));
        Assert.Equal(NatureAvertissement.SansDemandeur, Assert.Single(lu.Avertissements).Nature);
    }

    [Fact]
    public void Codes_completes_d_espaces_en_minuscules_et_adresses_multiples_sont_lus_sans_avertissement()
    {
        var elements = Lire(Foyer("01024041053", Personne("dem", "DURAND", "ÉLODIE", "1990-04-12+02:00", "2900449007123", sdd: " 1 ", qualite: "MME"),
            dateDemande: "2018-08-06Z", suspension: "AB "));

        var lu = Controle(Assert.Single(elements.OfType<FoyerLu>()));
        Assert.Empty(lu.Avertissements);
        var p = Assert.Single(lu.Foyer.Personnes);
        Assert.Equal(("DEM", "ÉLODIE", new DateOnly(1990, 4, 12), true), (p.Role, p.Prenom, p.DateNaissance, p.SoumisDroitsDevoirs));
        Assert.Equal(new DateOnly(2018, 8, 6), lu.Foyer.DateDemande);
        Assert.Equal(["AB"], lu.Foyer.Droit.MotifsSuspension);
        Assert.Equal(("49007", "DES TANNEURS"), (lu.Foyer.Adresse!.CodeInsee, lu.Foyer.Adresse.NomVoie));
        Assert.Equal("049", lu.Foyer.Departement);
    }

    [Fact]
    public void Enfant_sans_prestation_rsa_ni_nir_ni_droits_et_devoirs_est_rattache_sans_avertissement()
    {
        var elements = Lire(Foyer("01024041054", Personne("DEM", "MARTIN", "ALICE", "1988-01-01", "2880149007321")
            + Personne("", "MARTIN", "LOU", "2016-06-06", null, sdd: null, natureRsa: "PFA", rolePfa: "ENF")));

        var lu = Controle(Assert.Single(elements.OfType<FoyerLu>()));
        var enfant = lu.Foyer.Personnes[1];
        Assert.Equal(("ENF", null, false, false), (enfant.Role, enfant.Nir, enfant.SoumisDroitsDevoirs, enfant.SddTransmis));
        Assert.Empty(lu.Avertissements);
    }

    [Fact]
    public void Adulte_sans_droits_et_devoirs_transmis_dans_un_droit_ouvert_est_un_avertissement()
    {
        var lu = Controle(Assert.Single(Lire(Foyer("01024041055", Personne("DEM", "ROBIN", "EMMA", "1991-01-01", "2910149007111", sdd: null))).OfType<FoyerLu>()));

        Assert.False(lu.Foyer.Personnes[0].SddTransmis);
        var a = Assert.Single(lu.Avertissements);
        Assert.Equal((NatureAvertissement.SddNonTransmis, 0), (a.Nature, a.Personne));
    }

    [Fact]
    public void Nir_de_remplissage_et_nature_de_prestation_inconnue_sont_des_avertissements_sur_la_personne()
    {
        var lu = Controle(Assert.Single(Lire(Foyer("01024041056",
            Personne("DEM", "PETIT", "JADE", "1993-03-03", "0000000000000", natureRsa: "XYZ", rolePfa: "DEM"))).OfType<FoyerLu>()));

        var p = Assert.Single(lu.Foyer.Personnes);
        Assert.Equal((null, "DEM"), (p.Nir, p.Role));
        Assert.Equal([NatureAvertissement.NirInvalide, NatureAvertissement.CodeInconnu], lu.Avertissements.Select(a => a.Nature).Order());
        Assert.All(lu.Avertissements, a => Assert.Equal(0, a.Personne));
    }

    [Fact]
    public void Dates_illisibles_prennent_leur_repli_et_une_personne_sans_naissance_n_est_pas_importee()
    {
        var elements = Lire(Foyer("01024041057", Personne("DEM", "FAURE", "NINA", "1987-07-07", "2870749007456")
            + Personne("ENF", "FAURE", "TOM", "07/07/2019", null, sdd: null), dateDemande: "hier"));

        var lu = Controle(Assert.Single(elements.OfType<FoyerLu>()));
        Assert.Equal(Reference, lu.Foyer.DateDemande);
        Assert.Equal("NINA", Assert.Single(lu.Foyer.Personnes).Prenom);
        Assert.Contains(lu.Avertissements, a => a is { Nature: NatureAvertissement.ValeurIllisible, Champ: "DTDEMRSA", Valeur: "hier" });
        Assert.Contains(lu.Avertissements, a => a is { Nature: NatureAvertissement.PersonneIgnoree, Champ: "DTNAI", Personne: null });
    }

    [Theory]
    [InlineData("")]
    [InlineData("010240410521")]
    public void Dossier_sans_numdemrsa_utilisable_est_rejete_et_les_autres_lus(string numero)
    {
        var elements = Lire(Foyer(numero, Personne("DEM", "BLANC", "IRIS", "1980-08-08", "2800849007654")),
            Foyer("01024041058", Personne("DEM", "NOIR", "ZOE", "1981-08-08", "2810849007654")));

        var rejet = Assert.Single(elements.OfType<RejetFoyerCnaf>());
        Assert.Equal("NUMDEMRSA", rejet.Champ);
        Assert.Equal("01024041058", Assert.Single(elements.OfType<FoyerLu>()).Foyer.NumDemRsa);
    }
}
