using Passerelle.Web.Features.Dossiers.Avertissements;
using Passerelle.Web.Features.Dossiers.Cnaf;
using Passerelle.Web.Features.Imports;
using Passerelle.Web.Platform.Securite;
using static Passerelle.Tests.Features.Imports.ImportsDeTest;

namespace Passerelle.Tests.Features.Imports;

public sealed class ControleFoyerTests
{
    private static readonly DateOnly Reference = new(2026, 1, 31);
    private static readonly PersonneCnaf Eva = Personne("EVA", "EVA", new DateOnly(1990, 1, 1));

    private static FoyerLu Controler(FoyerCnaf foyer, params AvertissementLu[] lus) =>
        Assert.IsType<FoyerLu>(ControleFoyer.Verifier(new FoyerLu(7, foyer) { Avertissements = lus }, Reference));

    [Fact]
    public void Nom_trop_long_pour_la_base_est_tronque_avec_un_avertissement()
    {
        var nom = new string('A', 40);
        var lu = Controler(Foyer("04990000001", "2", Personne(nom, "EVA", new DateOnly(1990, 1, 1)) with { NomNaissance = "EVA" }));

        Assert.Equal(new string('A', 32), lu.Foyer.Personnes[0].Nom);
        var a = Assert.Single(lu.Avertissements);
        Assert.Equal((NatureAvertissement.ValeurTronquee, 7, "NOM", nom, 0), (a.Nature, a.Ligne, a.Champ, a.Valeur, a.Personne));
        Assert.Contains("40 caractères", a.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Foyer_sans_demandeur_est_applique_avec_un_avertissement()
    {
        var conjoint = Personne("SEUL", "CONJOINT", new DateOnly(1985, 1, 1), role: "CJT");
        var lu = Controler(Foyer("04990000002", "2", conjoint));

        Assert.Equal("CJT", Assert.Single(lu.Foyer.Personnes).Role);
        Assert.Equal(NatureAvertissement.SansDemandeur, Assert.Single(lu.Avertissements).Nature);
    }

    [Fact]
    public void Foyer_avec_deux_demandeurs_les_garde_avec_un_avertissement()
    {
        var lu = Controler(Foyer("04990000003", "2", Personne("UN", "A", new DateOnly(1980, 1, 1)), Personne("DEUX", "B", new DateOnly(1981, 1, 1))));

        Assert.Equal(["DEM", "DEM"], lu.Foyer.Personnes.Select(p => p.Role));
        var a = Assert.Single(lu.Avertissements);
        Assert.Equal((NatureAvertissement.PlusieursDemandeurs, "2"), (a.Nature, a.Valeur));
    }

    [Fact]
    public void Demande_posterieure_a_la_date_du_flux_prend_la_date_du_flux()
    {
        var lu = Controler(Foyer("04990000004", "2", Eva) with { DateDemande = new DateOnly(2026, 2, 1) });

        Assert.Equal(Reference, lu.Foyer.DateDemande);
        var a = Assert.Single(lu.Avertissements);
        Assert.Equal((NatureAvertissement.DateFuture, "DTDEMRSA", "01/02/2026", (int?)null), (a.Nature, a.Champ, a.Valeur, a.Personne));
    }

    [Fact]
    public void Naissance_dans_le_futur_est_gardee_avec_un_avertissement()
    {
        var lu = Controler(Foyer("04990000005", "2", Eva, Personne("BEBE", "ZOE", new DateOnly(2026, 3, 1), sdd: false, role: "ENF")));

        Assert.Equal(new DateOnly(2026, 3, 1), lu.Foyer.Personnes[1].DateNaissance);
        Assert.Equal((NatureAvertissement.DateFuture, 1), (Assert.Single(lu.Avertissements).Nature, Assert.Single(lu.Avertissements).Personne));
    }

    [Fact]
    public void Personne_deux_fois_dans_le_foyer_n_est_gardee_qu_une_fois_et_les_avertissements_suivent()
    {
        var enfant = Personne("PETIT", "LEO", new DateOnly(2015, 5, 5), sdd: false, role: "ENF");
        var lu = Controler(Foyer("04990000006", "2", Eva, Eva, enfant),
            new AvertissementLu(NatureAvertissement.NirInvalide, 9, "NIR", "123", "lu", Personne: 2));

        Assert.Equal(["EVA", "PETIT"], lu.Foyer.Personnes.Select(p => p.Nom));
        Assert.Equal(NatureAvertissement.PersonneEnDouble, lu.Avertissements[1].Nature);
        Assert.Equal((NatureAvertissement.NirInvalide, (int?)1), (lu.Avertissements[0].Nature, lu.Avertissements[0].Personne));
    }

    [Theory]
    [InlineData("9", NatureAvertissement.CodeInconnu)]
    [InlineData("", NatureAvertissement.InformationAbsente)]
    public void Etat_inconnu_ou_absent_laisse_l_etat_vide_pour_garder_l_etat_connu(string etat, NatureAvertissement nature)
    {
        var lu = Controler(Foyer("04990000007", "2", Eva) with { Droit = Foyer("04990000007", "2").Droit with { Etat = etat } });

        Assert.Equal("", lu.Foyer.Droit.Etat);
        var a = Assert.Single(lu.Avertissements);
        Assert.Equal((nature, "ETATDOSRSA"), (a.Nature, a.Champ));
        Assert.Contains("gardé", a.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Role_inconnu_est_garde_et_sexe_inconnu_deduit_du_nir_ou_de_la_civilite()
    {
        var parNir = Personne("NIR", "ALI", new DateOnly(1985, 5, 5), role: "PAR", nir: "185054900712329") with { Sexe = "M" };
        var parCivilite = Personne("CIV", "ANA", new DateOnly(1986, 6, 6), role: "ENF") with { Sexe = "", Civilite = "MME" };
        var lu = Controler(Foyer("04990000008", "2", Eva, parNir, parCivilite));

        Assert.Equal(("PAR", "1"), (lu.Foyer.Personnes[1].Role, lu.Foyer.Personnes[1].Sexe));
        Assert.Equal("2", lu.Foyer.Personnes[2].Sexe);
        Assert.Equal([NatureAvertissement.CodeInconnu, NatureAvertissement.CodeInconnu, NatureAvertissement.InformationAbsente],
            lu.Avertissements.Select(a => a.Nature));
        Assert.Contains("rôle inconnu", lu.Avertissements[0].Message, StringComparison.Ordinal);
        Assert.Contains("déduit du NIR", lu.Avertissements[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sdd_non_transmis_avertit_pour_un_adulte_d_un_droit_ouvert_seulement()
    {
        var sans = Eva with { SddTransmis = false, SoumisDroitsDevoirs = false };
        var enfant = Personne("PETIT", "LEO", new DateOnly(2015, 5, 5), sdd: false, role: "ENF") with { SddTransmis = false };

        Assert.Equal(NatureAvertissement.SddNonTransmis, Assert.Single(Controler(Foyer("04990000009", "2", sans, enfant)).Avertissements).Nature);
        Assert.Empty(Controler(Foyer("04990000010", "5", sans)).Avertissements);
    }

    [Fact]
    public void Adresse_absente_avertit_que_le_dossier_n_a_pas_de_territoire()
    {
        var a = Assert.Single(Controler(Foyer("04990000011", "2", Eva) with { Adresse = null }).Avertissements);
        Assert.Equal((NatureAvertissement.InformationAbsente, "Adresse"), (a.Nature, a.Champ));
    }

    [Theory]
    [InlineData("")]
    [InlineData("049900000123")]
    public void Numdemrsa_absent_ou_trop_long_rejette_le_dossier(string numero)
    {
        var rejet = Assert.IsType<RejetFoyerCnaf>(ControleFoyer.Verifier(new FoyerLu(4, Foyer("04990000012", "2", Eva) with { NumDemRsa = numero }), Reference));
        Assert.Equal((4, "NUMDEMRSA"), (rejet.Ligne, rejet.Champ));
        Assert.Contains("rejeté", rejet.Motif, StringComparison.Ordinal);
    }
}
