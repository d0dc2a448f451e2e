using System.Text;
using System.Text.RegularExpressions;
using Passerelle.Web.Features.Demo;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Dossiers.Avertissements;
using Passerelle.Web.Features.Dossiers.Cnaf;
using static Passerelle.Tests.Features.Dossiers.Cnaf.FluxCnafDeTest;

namespace Passerelle.Tests.Features.Dossiers.Cnaf;

/// <summary>What the reader makes of broken or unusual files: warnings on the foyer, rejects, or a file error.</summary>
public sealed class AnomaliesFluxCnafTests
{
    private static readonly List<FoyerCnaf> Attendus = Generateur().Foyers(20, Reference).ToList();

    [Fact]
    public void Lire_nir_avec_mauvaise_cle_avertit_et_garde_les_13_caracteres_avec_la_bonne_cle()
    {
        var octets = Casse(VarianteFluxCnaf.CleNirInvalide, 20, 5);
        var elements = Lire(octets);

        var lus = elements.OfType<FoyerLu>().ToList();
        Assert.Equal(20, lus.Count);
        Assert.Empty(elements.OfType<RejetFoyerCnaf>());
        var avertissement = Assert.Single(lus.SelectMany(l => l.Avertissements));
        Assert.Equal((NatureAvertissement.CleNirFausse, "NIR", 0), (avertissement.Nature, avertissement.Champ, avertissement.Personne));
        Assert.Equal(Ligne(Texte(octets), $"<NIR>{avertissement.Valeur}<"), avertissement.Ligne);
        Assert.Equal(Attendus[5].Personnes[0].Nir, lus[5].Foyer.Personnes[0].Nir);
    }

    [Fact]
    public void Lire_nir_de_13_et_15_caracteres_melanges_donne_les_memes_nir_sans_avertissement()
    {
        var texte = Texte(Fichier(20));
        var rang = 0;
        var melange = Regex.Replace(texte, "<NIR>([0-9AB]{13})</NIR>", m => rang++ % 2 == 0 ? m.Value : $"<NIR>{Nir.AvecCle(m.Groups[1].Value)}</NIR>");

        var lus = Lire(Octets(melange)).OfType<FoyerLu>().ToList();

        Assert.True(rang > 10);
        Assert.Equal(Attendus.SelectMany(f => f.Personnes).Select(p => p.Nir), lus.SelectMany(l => l.Foyer.Personnes).Select(p => p.Nir));
        Assert.All(lus, l => Assert.Empty(l.Avertissements));
    }

    [Fact]
    public void Lire_etat_de_dossier_inconnu_donne_le_foyer_que_le_controle_avertira()
    {
        var lus = Lire(Casse(VarianteFluxCnaf.CodeInconnu, 20, 12)).OfType<FoyerLu>().ToList();

        Assert.Equal(20, lus.Count);
        Assert.Equal("9", lus[12].Foyer.Droit.Etat);
    }

    [Fact]
    public void Lire_fichier_tronque_garde_les_foyers_complets_puis_signale_une_interruption()
    {
        var octets = Casse(VarianteFluxCnaf.FichierTronque, 20, 10);
        var ouverts = Texte(octets).Split("<InfosFoyerRSA>").Length - 1;

        var elements = Lire(octets);

        var erreur = Assert.IsType<ErreurFichierCnaf>(elements[^1]);
        Assert.Contains("tronqué", erreur.Motif, StringComparison.Ordinal);
        Assert.True(erreur.Interruption);
        Assert.Equal(Texte(octets).Split('\n').Length, erreur.Ligne);
        Assert.IsType<RejetFoyerCnaf>(elements[^2]);
        Assert.Equal(ouverts - 1, elements.OfType<FoyerLu>().Count());
    }

    [Fact]
    public void Lire_mauvaise_racine_est_une_erreur_de_fichier_sans_reprise()
    {
        var elements = Lire(Casse(VarianteFluxCnaf.MauvaiseRacine, 5, 0));

        var erreur = Assert.IsType<ErreurFichierCnaf>(Assert.Single(elements));
        Assert.Equal((2, false), (erreur.Ligne, erreur.Interruption));
        Assert.Contains("<InfoDemandeRSA>", erreur.Motif, StringComparison.Ordinal);
    }

    [Fact]
    public void Lire_nom_trop_long_selon_le_xsd_avertit_et_garde_le_foyer()
    {
        var texte = Texte(Fichier(20));
        var nom = Attendus[3].Personnes[0].Nom;
        var debut = texte.IndexOf($"<NUMDEMRSA>{Attendus[3].NumDemRsa}<", StringComparison.Ordinal);
        var position = texte.IndexOf($"<NOM>{nom}<", debut, StringComparison.Ordinal);
        var casse = string.Concat(texte.AsSpan(0, position), $"<NOM>{nom}{new string('X', 30)}<", texte.AsSpan(position + nom.Length + 6));

        var lus = Lire(Octets(casse)).OfType<FoyerLu>().ToList();

        Assert.Equal(20, lus.Count);
        var a = Assert.Single(lus[3].Avertissements);
        Assert.Equal((NatureAvertissement.SchemaNonRespecte, "NOM", nom + new string('X', 30), 0), (a.Nature, a.Champ, a.Valeur, a.Personne));
        Assert.Equal(Ligne(casse, "XXXXXXXX"), a.Ligne);
        Assert.StartsWith($"La valeur « {a.Valeur} » du champ NOM ne respecte pas le schéma", a.Message, StringComparison.Ordinal);
        Assert.Equal(nom + new string('X', 30), lus[3].Foyer.Personnes[0].Nom);
    }

    [Fact]
    public void Lire_element_obligatoire_absent_avertit_et_garde_le_foyer()
    {
        var texte = Texte(Fichier(20));
        var debut = texte.IndexOf($"<NUMDEMRSA>{Attendus[7].NumDemRsa}<", StringComparison.Ordinal);
        var position = texte.IndexOf("<SEXE>", debut, StringComparison.Ordinal);
        var casse = texte.Remove(position, texte.IndexOf("</SEXE>", position, StringComparison.Ordinal) + 7 - position);

        var lus = Lire(Octets(casse)).OfType<FoyerLu>().ToList();

        Assert.Equal(20, lus.Count);
        var a = Assert.Single(lus[7].Avertissements);
        Assert.Equal((NatureAvertissement.SchemaNonRespecte, "Identification", null, 0), (a.Nature, a.Champ, a.Valeur, a.Personne));
        Assert.Equal("", lus[7].Foyer.Personnes[0].Sexe);
    }

    [Fact]
    public void Lire_xml_mal_forme_dans_un_foyer_rejette_ce_foyer_puis_interrompt_le_fichier()
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
        Assert.True(Assert.IsType<ErreurFichierCnaf>(elements[^1]).Interruption);
    }

    [Theory]
    [InlineData("Ceci n'est pas un flux XML", "n'est pas un document XML lisible")]
    [InlineData("", "vide (0 octet)")]
    [InlineData("<?xml version=\"1.0\" encoding=\"klingon\"?><Racine/>", "n'est pas un document XML lisible")]
    [InlineData("<!DOCTYPE Racine [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Racine>&x;</Racine>", "bombe XML")]
    public void Lire_fichier_non_xml_vide_ou_avec_dtd_est_une_erreur_de_fichier(string contenu, string motif)
    {
        var erreur = Assert.IsType<ErreurFichierCnaf>(Assert.Single(Lire(Encoding.UTF8.GetBytes(contenu))));
        Assert.Equal((1, false), (erreur.Ligne, erreur.Interruption));
        Assert.Contains(motif, erreur.Motif, StringComparison.Ordinal);
    }

    [Fact]
    public void Lire_bombe_xml_par_expansion_d_entites_est_refusee_sans_etre_developpee()
    {
        var entites = string.Concat(Enumerable.Range(1, 9).Select(i => $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">\n"));
        var bombe = $"<?xml version=\"1.0\"?>\n<!DOCTYPE Racine [\n<!ENTITY lol0 \"lol\">\n{entites}]>\n<Racine>&lol9;</Racine>";

        var erreur = Assert.IsType<ErreurFichierCnaf>(Assert.Single(Lire(Encoding.UTF8.GetBytes(bombe))));

        Assert.Equal(2, erreur.Ligne);
        Assert.Contains("bombe XML", erreur.Motif, StringComparison.Ordinal);
    }

    [Fact]
    public void Lire_dtd_cachee_apres_un_long_commentaire_est_quand_meme_refusee()
    {
        var bombe = $"<?xml version=\"1.0\"?><!-- {new string('x', 10_000)} --><!DOCTYPE Racine [<!ENTITY a \"b\">]><Racine>&a;</Racine>";

        var erreur = Assert.IsType<ErreurFichierCnaf>(Assert.Single(Lire(Encoding.UTF8.GetBytes(bombe))));

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
