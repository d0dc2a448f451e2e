using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Recherche;

namespace Passerelle.Tests.Features.Recherche;

public sealed class PhonetiqueNomTests
{
    [Theory]
    [InlineData("Dupond", "DUPONT")]
    [InlineData("Lefevre", "LEFÈVRE")]
    [InlineData("lefebvre", "LEFÈVRE")]
    [InlineData("Philippe", "FILIPE")]
    [InlineData("Le Gall", "LEGALL")]
    [InlineData("Moreau", "MOREAUX")]
    [InlineData("Gérard", "GERART")]
    [InlineData("Mathieu", "MATIEU")]
    [InlineData("Rousseau", "ROUSSO")]
    [InlineData("Payet", "PAYE")]
    public void Cle_noms_qui_se_prononcent_pareil_donnent_la_meme_cle(string tape, string ecrit) =>
        Assert.Equal(PhonetiqueNom.Cle(ecrit), PhonetiqueNom.Cle(tape));

    [Theory]
    [InlineData("DUPONT", "DURAND")]
    [InlineData("MARTIN", "MARTINEZ")]
    [InlineData("LEROY", "LEROUX")]
    [InlineData("PAYET", "PIE")]
    public void Cle_noms_differents_restent_distincts(string a, string b) =>
        Assert.NotEqual(PhonetiqueNom.Cle(a), PhonetiqueNom.Cle(b));

    [Theory]
    [InlineData("MARTNI", "MARTIN", 1)]
    [InlineData("MARTIM", "MARTIN", 1)]
    [InlineData("MARTIN", "MARTIN", 0)]
    [InlineData("MATRIN", "MARTIN", 1)]
    [InlineData("DUPON", "DURAN", 2)]
    public void Distance_compte_une_inversion_comme_une_faute(string a, string b, int attendu) =>
        Assert.Equal(attendu, PhonetiqueNom.Distance(a, b));

    [Fact]
    public void Voisinage_couvre_les_cles_de_memes_premiers_sons()
    {
        var (debut, fin) = PhonetiqueNom.Voisinage("MARTIN");
        Assert.Equal(("MAR", "MAS"), (debut, fin));
        Assert.True(string.CompareOrdinal("MARTNI", debut) >= 0 && string.CompareOrdinal("MARTNI", fin) < 0);
    }

    [Fact]
    public void Lire_nom_et_date_combines()
    {
        var (requete, erreur) = RequeteRecherche.Lire("Dupond Jean 12/03/1961");
        Assert.Null(erreur);
        Assert.Equal(new DateOnly(1961, 3, 12), requete!.Naissance);
        Assert.Contains(PhonetiqueNom.Cle("DUPONT"), requete.ClesNom);
        Assert.Contains(PhonetiqueNom.Cle("JEAN"), requete.ClesPrenom);
    }

    [Fact]
    public void Lire_nir_13_ou_15_et_description_masquee()
    {
        var nir = Nir.AvecCle("1850549007084");
        foreach (var tape in new[] { nir[..13], nir, "1 85 05 49 007 084 " + nir[13..] })
        {
            var (requete, _) = RequeteRecherche.Lire(tape);
            Assert.Equal(nir, requete!.Nir);
            Assert.DoesNotContain("007", requete.Description, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("06 12 34 56 78")]
    [InlineData("+33 6 12 34 56 78")]
    [InlineData("0033612345678")]
    [InlineData("06.12.34.56.78")]
    public void Lire_telephone_sous_toutes_ses_formes(string tape)
    {
        var (requete, _) = RequeteRecherche.Lire(tape);
        Assert.Contains("0612345678", requete!.Telephones);
        Assert.Contains("06 12 34 56 78", requete.Telephones);
        Assert.Contains("+33612345678", requete.Telephones);
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("*")]
    [InlineData("' OR 1=1 --")]
    [InlineData("\u0001\u0002")]
    [InlineData("32/13/1980")]
    [InlineData("+44 20 7946 0000")]
    public void Lire_valeurs_hostiles_donnent_un_message_francais_ou_rien_de_large(string tape)
    {
        var (requete, erreur) = RequeteRecherche.Lire(tape);
        Assert.True(requete is null ? erreur is { Length: > 0 } : requete.ClesNom.Count > 0 || requete.Identifiant is not null);
        Assert.False(requete?.ClesNom.Any(c => c.Contains('%', StringComparison.Ordinal) || c.Contains('_', StringComparison.Ordinal)) ?? false);
    }

    [Fact]
    public void Lire_texte_trop_long_est_refuse_et_vide_ne_cherche_rien()
    {
        Assert.Contains("100 caractères", RequeteRecherche.Lire(new string('a', 5000)).Erreur, StringComparison.Ordinal);
        Assert.Equal((null, null), RequeteRecherche.Lire("   "));
    }
}
