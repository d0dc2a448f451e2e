using System.Text;
using System.Text.RegularExpressions;
using Passerelle.Web.Features.Demo;
using Passerelle.Web.Features.Dossiers.Cnaf;
using static Passerelle.Tests.Features.Dossiers.Cnaf.FluxCnafDeTest;

namespace Passerelle.Tests.Features.Dossiers.Cnaf;

public sealed class RejetsFluxCnafTests
{
    private static readonly List<FoyerCnaf> Attendus = Generateur().Foyers(20, Reference).ToList();

    [Fact]
    public void Lire_nir_avec_mauvaise_cle_rejette_le_seul_foyer_concerne()
    {
        var octets = Casse(VarianteFluxCnaf.CleNirInvalide, 20, 5);
        var elements = Lire(octets);

        var rejet = Assert.Single(elements.OfType<RejetFoyerCnaf>());
        Assert.Equal(Attendus[5].NumDemRsa, rejet.NumDemRsa);
        Assert.Equal("NIR", rejet.Champ);
        Assert.Equal(Ligne(Texte(octets), $"<NIR>{rejet.Valeur}<"), rejet.Ligne);
        Assert.Contains("clé du NIR", rejet.Motif, StringComparison.Ordinal);
        Assert.Equal(19, elements.OfType<FoyerLu>().Count());
        Assert.Same(elements[^1], elements.OfType<FoyerLu>().Last());
    }

    [Fact]
    public void Lire_etat_de_dossier_inconnu_rejette_le_foyer_avec_le_code()
    {
        var octets = Casse(VarianteFluxCnaf.CodeInconnu, 20, 12);
        var elements = Lire(octets);

        var rejet = Assert.Single(elements.OfType<RejetFoyerCnaf>());
        Assert.Equal((Attendus[12].NumDemRsa, "ETATDOSRSA", "9"), (rejet.NumDemRsa, rejet.Champ, rejet.Valeur));
        Assert.Equal(Ligne(Texte(octets), "<ETATDOSRSA>9<"), rejet.Ligne);
        Assert.Contains("État du dossier RSA inconnu", rejet.Motif, StringComparison.Ordinal);
        Assert.Equal(19, elements.OfType<FoyerLu>().Count());
    }

    [Fact]
    public void Lire_fichier_tronque_garde_les_foyers_complets_puis_signale_la_troncature()
    {
        var octets = Casse(VarianteFluxCnaf.FichierTronque, 20, 10);
        var ouverts = Texte(octets).Split("<InfosFoyerRSA>").Length - 1;

        var elements = Lire(octets);

        var erreur = Assert.IsType<ErreurFichierCnaf>(elements[^1]);
        Assert.Contains("tronqué", erreur.Motif, StringComparison.Ordinal);
        Assert.Equal(Texte(octets).Split('\n').Length, erreur.Ligne);
        Assert.IsType<RejetFoyerCnaf>(elements[^2]);
        Assert.Equal(ouverts - 1, elements.OfType<FoyerLu>().Count());
    }

    [Fact]
    public void Lire_mauvaise_racine_est_une_erreur_de_fichier()
    {
        var elements = Lire(Casse(VarianteFluxCnaf.MauvaiseRacine, 5, 0));

        var erreur = Assert.IsType<ErreurFichierCnaf>(Assert.Single(elements));
        Assert.Equal(2, erreur.Ligne);
        Assert.Contains("<InfoDemandeRSA>", erreur.Motif, StringComparison.Ordinal);
    }

    [Fact]
    public void Lire_nom_trop_long_rejette_le_foyer_selon_le_xsd_et_continue()
    {
        var texte = Texte(Fichier(20));
        var nom = Attendus[3].Personnes[0].Nom;
        var debut = texte.IndexOf($"<NUMDEMRSA>{Attendus[3].NumDemRsa}<", StringComparison.Ordinal);
        var position = texte.IndexOf($"<NOM>{nom}<", debut, StringComparison.Ordinal);
        var casse = string.Concat(texte.AsSpan(0, position), $"<NOM>{nom}{new string('X', 30)}<", texte.AsSpan(position + nom.Length + 6));

        var elements = Lire(Octets(casse));

        var rejet = Assert.Single(elements.OfType<RejetFoyerCnaf>());
        Assert.Equal((Attendus[3].NumDemRsa, "NOM", nom + new string('X', 30)), (rejet.NumDemRsa, rejet.Champ, rejet.Valeur));
        Assert.Equal(Ligne(casse, "XXXXXXXX"), rejet.Ligne);
        Assert.StartsWith($"La valeur « {rejet.Valeur} » du champ NOM ne respecte pas le schéma", rejet.Motif, StringComparison.Ordinal);
        Assert.Equal(19, elements.OfType<FoyerLu>().Count());
    }

    [Fact]
    public void Lire_element_obligatoire_absent_rejette_le_foyer_et_continue()
    {
        var texte = Texte(Fichier(20));
        var debut = texte.IndexOf($"<NUMDEMRSA>{Attendus[7].NumDemRsa}<", StringComparison.Ordinal);
        var position = texte.IndexOf("<SEXE>", debut, StringComparison.Ordinal);
        var casse = texte.Remove(position, texte.IndexOf("</SEXE>", position, StringComparison.Ordinal) + 7 - position);

        var elements = Lire(Octets(casse));

        var rejet = Assert.Single(elements.OfType<RejetFoyerCnaf>());
        Assert.Equal((Attendus[7].NumDemRsa, "Identification", null), (rejet.NumDemRsa, rejet.Champ, rejet.Valeur));
        Assert.StartsWith("Le bloc Identification n'a pas la structure du schéma", rejet.Motif, StringComparison.Ordinal);
        Assert.Equal(19, elements.OfType<FoyerLu>().Count());
    }

    [Fact]
    public void Lire_xml_mal_forme_dans_un_foyer_rejette_ce_foyer_puis_arrete_le_fichier()
    {
        var texte = Texte(Fichier(20));
        var debut = texte.IndexOf($"<NUMDEMRSA>{Attendus[4].NumDemRsa}<", StringComparison.Ordinal);
        var position = texte.IndexOf("</PRENOM>", debut, StringComparison.Ordinal);
        var casse = texte.Remove(position, 9).Insert(position, "</PRENOMS>");

        var elements = Lire(Octets(casse));

        Assert.Equal(4, elements.OfType<FoyerLu>().Count());
        var rejet = Assert.IsType<RejetFoyerCnaf>(elements[^2]);
        Assert.Equal(Attendus[4].NumDemRsa, rejet.NumDemRsa);
        Assert.Equal(Ligne(casse, "</PRENOMS>"), rejet.Ligne);
        Assert.IsType<ErreurFichierCnaf>(elements[^1]);
    }

    [Theory]
    [InlineData("Ceci n'est pas un flux XML")]
    [InlineData("")]
    [InlineData("<?xml version=\"1.0\" encoding=\"klingon\"?><Racine/>")]
    [InlineData("<!DOCTYPE Racine [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Racine>&x;</Racine>")]
    public void Lire_fichier_non_xml_est_une_erreur_de_fichier(string contenu)
    {
        var erreur = Assert.IsType<ErreurFichierCnaf>(Assert.Single(Lire(Encoding.UTF8.GetBytes(contenu))));
        Assert.Equal(1, erreur.Ligne);
        Assert.Contains("n'est pas un document XML lisible", erreur.Motif, StringComparison.Ordinal);
    }

    [Fact]
    public void Lire_encodage_declare_faux_ne_leve_pas_d_exception_et_signale_le_fichier()
    {
        var texte = Texte(Fichier(20)).Replace("encoding=\"windows-1252\"", "encoding=\"utf-8\"", StringComparison.Ordinal);

        var elements = Lire(Octets(texte));

        Assert.IsType<ErreurFichierCnaf>(elements[^1]);
        Assert.Contains(elements, e => e is RejetFoyerCnaf);
    }

    [Fact]
    public void Lire_sans_bloc_identification_est_une_erreur_de_fichier()
    {
        var texte = Texte(Fichier(3));
        var debut = texte.IndexOf("<IdentificationFlux>", StringComparison.Ordinal);
        var casse = texte.Remove(debut, texte.IndexOf("</IdentificationFlux>", StringComparison.Ordinal) + 21 - debut);

        var erreur = Assert.IsType<ErreurFichierCnaf>(Assert.Single(Lire(Octets(casse))));
        Assert.Contains("IdentificationFlux", erreur.Motif, StringComparison.Ordinal);
    }

    [Fact]
    public void Lire_fichier_sur_une_seule_ligne_lit_tous_les_foyers()
    {
        var texte = Regex.Replace(Texte(Fichier(20)), @">\s+<", "><");

        var elements = Lire(Octets(texte));

        Assert.Equal(20, elements.OfType<FoyerLu>().Count());
        Assert.All(elements.OfType<FoyerLu>(), f => Assert.Equal(1, f.Ligne));
    }
}
