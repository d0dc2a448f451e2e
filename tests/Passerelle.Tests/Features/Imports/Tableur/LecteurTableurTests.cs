using System.Text;
using Passerelle.Web.Features.Dossiers.Avertissements;
using Passerelle.Web.Features.Dossiers.Cnaf;
using Passerelle.Web.Features.Imports;
using Passerelle.Web.Features.Imports.Tableur;
using Passerelle.Web.Platform.Securite;
using static Passerelle.Tests.Features.Imports.Tableur.TableurDeTest;

namespace Passerelle.Tests.Features.Imports.Tableur;

public sealed class LecteurTableurTests
{
    [Fact]
    public void Lecture_csv_utf8_avec_bom_et_points_virgules_donne_un_foyer_par_numero_de_demande()
    {
        var elements = LireCsv(Csv(LignesValides()));

        Assert.Collection(elements,
            e =>
            {
                var lu = Assert.IsType<FoyerLu>(e);
                Assert.Equal(2, lu.Ligne);
                var f = lu.Foyer;
                Assert.Equal("00000000001", f.NumDemRsa);
                Assert.Equal(new DateOnly(2025, 1, 15), f.DateDemande);
                Assert.Equal(new OrganismeCnaf("CAF", "", "123456789012345"), f.Organisme);
                Assert.Equal(new AdresseCnaf("", "", "", "49007", "49000", "Angers"), f.Adresse);
                Assert.Equal(["DEM", "CJT", "ENF"], f.Personnes.Select(p => p.Role));
                Assert.Equal(NirDemandeur, f.Personnes[0].Nir);
                Assert.Equal(new DateOnly(2015, 9, 1), f.Personnes[2].DateNaissance);
                Assert.Equal([true, true, false], f.Personnes.Select(p => p.SoumisDroitsDevoirs));
                Assert.Equal("Léa", f.Personnes[1].Prenom);
                Assert.Equal(("2", null, null, 607.75m), (f.Droit.Etat, f.Droit.MotifCloture, f.Droit.DateCloture, f.Droit.MontantTotal));
                Assert.Empty(f.Droit.MotifsSuspension);
                Assert.Equal(["RSD"], f.Droit.NaturesPrestation);
            },
            e =>
            {
                var lu = Assert.IsType<FoyerLu>(e);
                Assert.Equal(5, lu.Ligne);
                Assert.Equal("MSA", lu.Foyer.Organisme.Fonction);
                Assert.Equal(["RSD", "RCD"], lu.Foyer.Droit.NaturesPrestation);
                Assert.Equal(120.5m, lu.Foyer.Droit.MontantTotal);
                Assert.Equal("Éloïse", lu.Foyer.Personnes.Single().Prenom);
            });
    }

    [Fact]
    public void Lecture_csv_windows_1252_sans_bom_decode_les_accents()
    {
        var elements = Lire(Flux(Csv(LignesValides()), LecteurFluxCnaf.Windows1252, bom: false));

        var foyers = elements.OfType<FoyerLu>().ToList();
        Assert.Equal(2, foyers.Count);
        Assert.Equal("Éloïse", foyers[1].Foyer.Personnes[0].Prenom);
        Assert.Equal("Zoé", foyers[0].Foyer.Personnes[2].Prenom);
    }

    [Fact]
    public void Lecture_csv_a_virgules_detecte_le_separateur()
    {
        var elements = LireCsv(Csv(LignesValides(), ','));

        Assert.All(elements, e => Assert.IsType<FoyerLu>(e));
        Assert.Equal(607.75m, ((FoyerLu)elements[0]).Foyer.Droit.MontantTotal);
    }

    [Fact]
    public void Lecture_csv_avec_saut_de_ligne_entre_guillemets_garde_les_numeros_de_ligne_physiques()
    {
        var lignes = LignesValides();
        for (var i = 0; i < 3; i++) lignes[i] = Modifier(lignes[i], "Ville", "Angers\nquartier Monplaisir");
        lignes[3] = Modifier(lignes[3], "NIR", "185054900712300");

        var elements = LireCsv(Csv(lignes));

        Assert.Equal("Angers\nquartier Monplaisir", ((FoyerLu)elements[0]).Foyer.Adresse!.Commune);
        Assert.Equal(8, Assert.Single(Assert.IsType<FoyerLu>(elements[1]).Avertissements).Ligne);
    }

    [Fact]
    public void Lecture_sans_colonne_prevue_rend_le_fichier_inutilisable_en_nommant_colonne_et_configuration()
    {
        var entetes = Entetes.Select(e => e == "Matricule" ? "N° allocataire" : e).ToArray();

        var erreur = Assert.IsType<ErreurFichierCnaf>(Assert.Single(LireCsv(Csv(LignesValides(), entetes: entetes))));

        Assert.Equal(1, erreur.Ligne);
        Assert.StartsWith("La colonne « Matricule » (champ Matricule allocataire) prévue par la configuration « Extraction mensuelle » est absente du fichier.", erreur.Motif, StringComparison.Ordinal);
        Assert.Contains("« N° allocataire »", erreur.Motif, StringComparison.Ordinal);
    }

    [Fact]
    public void Lecture_avec_colonnes_en_plus_les_ignore()
    {
        var entetes = Entetes.Prepend("Commentaire").Append("Référent").ToArray();
        var lignes = LignesValides().Select(l => l.Prepend("à revoir ; urgent").Append("Mme X").ToArray());

        var elements = LireCsv(Csv(lignes, entetes: entetes));

        Assert.Equal(2, elements.OfType<FoyerLu>().Count());
    }

    [Fact]
    public void Lecture_d_une_cellule_formule_la_garde_comme_texte()
    {
        var lignes = LignesValides();
        lignes[3] = Modifier(lignes[3], "Nom", "=cmd|' /C calc'!A0");
        lignes[3] = Modifier(lignes[3], "Prénom", "+SUM(1;2)");

        var foyer = Assert.IsType<FoyerLu>(LireCsv(Csv(lignes))[1]).Foyer;

        Assert.Equal("=cmd|' /C calc'!A0", foyer.Personnes[0].Nom);
        Assert.Equal("+SUM(1;2)", foyer.Personnes[0].Prenom);
    }

    [Fact]
    public void Lecture_d_un_nir_a_cle_fausse_avertit_avec_ligne_colonne_et_valeur_et_garde_le_nir_corrige()
    {
        var lignes = LignesValides();
        var faux = NirConjointe[..13] + (NirConjointe[13..] == "01" ? "02" : "01");
        lignes[1] = Modifier(lignes[1], "NIR", faux);

        var lu = Assert.IsType<FoyerLu>(LireCsv(Csv(lignes))[0]);

        var a = Assert.Single(lu.Avertissements);
        Assert.Equal((NatureAvertissement.CleNirFausse, 3, "NIR", faux, 1), (a.Nature, a.Ligne, a.Champ, a.Valeur, a.Personne));
        Assert.StartsWith("La clé du NIR est", a.Message, StringComparison.Ordinal);
        Assert.Equal(NirConjointe, lu.Foyer.Personnes[1].Nir);
    }

    [Fact]
    public void Lecture_d_un_nir_de_13_caracteres_garde_le_nir_avec_sa_cle()
    {
        var lignes = LignesValides();
        lignes[0] = Modifier(lignes[0], "NIR", NirDemandeur[..13]);

        var lu = Assert.IsType<FoyerLu>(LireCsv(Csv(lignes))[0]);

        Assert.Empty(lu.Avertissements);
        Assert.Equal(NirDemandeur, lu.Foyer.Personnes[0].Nir);
    }

    [Theory]
    [InlineData("État", "9", "État du dossier RSA « 9 » inconnu")]
    [InlineData("Rôle", "XYZ", "Rôle « XYZ » inconnu")]
    [InlineData("Organisme", "CPAM", "Organisme « CPAM » inconnu")]
    [InlineData("Natures", "RSD RXX", "Nature de prestation « RXX » inconnue")]
    [InlineData("Date demande", "31/02/2025", "Date illisible")]
    [InlineData("Nom", "", "Cellule obligatoire vide : Nom.")]
    [InlineData("Né(e) le", "01/04/2026", "Date de naissance de Éloïse Durand postérieure")]
    [InlineData("Date demande", "2026-04-01", "Date de demande postérieure à la date de référence du fichier (31/03/2026)")]
    public void Lecture_d_une_valeur_inconnue_illisible_ou_future_avertit_et_garde_le_foyer(string colonne, string valeur, string motif)
    {
        var lignes = LignesValides();
        lignes[3] = Modifier(lignes[3], colonne, valeur);

        var lu = Assert.IsType<FoyerLu>(ControleFoyer.Verifier(Assert.IsType<FoyerLu>(LireCsv(Csv(lignes))[1]), Reference));

        Assert.Contains(lu.Avertissements, a => a.Ligne == 5 && a.Message.StartsWith(motif, StringComparison.Ordinal));
        Assert.Equal("00000000002", lu.Foyer.NumDemRsa);
    }

    [Fact]
    public void Lecture_d_une_date_de_naissance_illisible_n_importe_pas_la_personne()
    {
        var lignes = LignesValides();
        lignes[2] = Modifier(lignes[2], "Né(e) le", "bientôt");

        var lu = Assert.IsType<FoyerLu>(LireCsv(Csv(lignes))[0]);

        Assert.Equal(["Paul", "Léa"], lu.Foyer.Personnes.Select(p => p.Prenom));
        var a = Assert.Single(lu.Avertissements);
        Assert.Equal((NatureAvertissement.PersonneIgnoree, 4, (int?)null), (a.Nature, a.Ligne, a.Personne));
    }

    [Theory]
    [InlineData("")]
    [InlineData("000000000021")]
    public void Lecture_d_un_numero_de_demande_absent_ou_trop_long_rejette_le_dossier(string numero)
    {
        var lignes = LignesValides();
        lignes[3] = Modifier(lignes[3], "N° demande", numero);

        var rejet = Assert.IsType<RejetFoyerCnaf>(LireCsv(Csv(lignes))[1]);

        Assert.Equal((5, "N° demande"), (rejet.Ligne, rejet.Champ));
        Assert.Contains("rejeté", rejet.Motif, StringComparison.Ordinal);
    }

    [Fact]
    public void Lecture_d_un_dossier_dont_les_lignes_ne_se_suivent_pas_rejette_la_reprise()
    {
        var lignes = LignesValides();
        lignes = [lignes[0], lignes[3], lignes[1], lignes[2]];

        var elements = LireCsv(Csv(lignes));

        Assert.IsType<FoyerLu>(elements[0]);
        Assert.IsType<FoyerLu>(elements[1]);
        var rejet = Assert.IsType<RejetFoyerCnaf>(elements[2]);
        Assert.Equal(("00000000001", 4, "N° demande"), (rejet.NumDemRsa, rejet.Ligne, rejet.Champ));
        Assert.StartsWith("Les lignes du dossier 00000000001 doivent se suivre ; déjà vu ligne 2.", rejet.Motif, StringComparison.Ordinal);
    }

    [Fact]
    public void Lecture_d_un_dossier_aux_lignes_discordantes_garde_la_ligne_du_demandeur_et_avertit_en_nommant_les_deux_lignes()
    {
        var lignes = LignesValides();
        lignes[2] = Modifier(lignes[2], "Matricule", "999999999999999");

        var lu = Assert.IsType<FoyerLu>(LireCsv(Csv(lignes))[0]);

        var a = Assert.Single(lu.Avertissements);
        Assert.Equal((NatureAvertissement.LignesContradictoires, 4, "Matricule", "999999999999999"), (a.Nature, a.Ligne, a.Champ, a.Valeur));
        Assert.Contains("« 123456789012345 » ligne 2 et « 999999999999999 » ligne 4", a.Message, StringComparison.Ordinal);
        Assert.Equal("123456789012345", lu.Foyer.Organisme.Matricule);
    }

    [Fact]
    public void Lecture_xlsx_donne_les_memes_foyers_que_le_csv_avec_les_numeros_de_ligne_de_la_feuille()
    {
        var csv = LireCsv(Csv(LignesValides()));

        var xlsx = Lire(Xlsx(LignesValides()), "extraction.xlsx");

        Assert.Equal([2, 6], xlsx.Cast<FoyerLu>().Select(f => f.Ligne));
        Assert.Equal(
            csv.Cast<FoyerLu>().Select(f => System.Text.Json.JsonSerializer.Serialize(f.Foyer)),
            xlsx.Cast<FoyerLu>().Select(f => System.Text.Json.JsonSerializer.Serialize(f.Foyer)));
    }

    [Theory]
    [InlineData("extraction.ods")]
    [InlineData("extraction.xls")]
    [InlineData("extraction")]
    public void Lecture_d_une_extension_non_prise_en_charge_donne_une_erreur_de_fichier(string nom)
    {
        var erreur = Assert.IsType<ErreurFichierCnaf>(Assert.Single(Lire(new MemoryStream(Encoding.UTF8.GetBytes(Csv(LignesValides()))), nom)));

        Assert.Contains($"« {nom} » n'est ni un CSV (.csv, .txt) ni un classeur Excel (.xlsx)", erreur.Motif, StringComparison.Ordinal);
    }

    [Fact]
    public void Lecture_d_un_faux_xlsx_donne_une_erreur_de_fichier()
    {
        var erreur = Assert.IsType<ErreurFichierCnaf>(Assert.Single(Lire(new MemoryStream(Encoding.UTF8.GetBytes(Csv(LignesValides()))), "extraction.xlsx")));

        Assert.StartsWith("Le fichier n'est pas un classeur XLSX lisible", erreur.Motif, StringComparison.Ordinal);
    }
}
