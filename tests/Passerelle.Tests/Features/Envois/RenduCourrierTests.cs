using Passerelle.Web.Features.Envois;
using UglyToad.PdfPig;

namespace Passerelle.Tests.Features.Envois;

public sealed class RenduCourrierTests
{
    private static Courrier Lettre(string nom, string corps) =>
        new("Maine-et-Loire", [$"Madame Camille {nom}", "5 rue du Port", "49100 Angers"], "25 novembre 2026", "Convocation à un rendez-vous", corps);

    [Fact]
    public void Lot_de_trois_courriers_donne_un_pdf_d_une_page_par_courrier_avec_les_textes_fusionnes()
    {
        var modele = ModelesParDefaut.Trouver(ModelesParDefaut.Convocation)!;
        var courriers = new[] { "MARTIN", "BERNARD", "THOMAS" }.Select(nom =>
        {
            var champs = new Dictionary<string, string>(EnvoisDeTest.ChampsRdv)
            {
                [ChampsFusion.Civilite] = "Madame",
                [ChampsFusion.Prenom] = "Camille",
                [ChampsFusion.Nom] = nom,
                [ChampsFusion.Departement] = "Maine-et-Loire",
                [ChampsFusion.DateDuJour] = "25 novembre 2026",
            };
            return Courrier.Depuis(RenduCourrier.Fusion(modele, champs), champs);
        }).ToList();

        using var pdf = PdfDocument.Open(RenduCourrier.Pdf(courriers));

        Assert.Equal(3, pdf.NumberOfPages);
        foreach (var (page, nom) in pdf.GetPages().Zip(["MARTIN", "BERNARD", "THOMAS"]))
        {
            var texte = string.Join(" ", page.GetWords().Select(w => w.Text));
            Assert.Contains($"Madame Camille {nom}", texte, StringComparison.Ordinal);
            Assert.Contains("Objet : Convocation à un rendez-vous obligatoire", texte, StringComparison.Ordinal);
            Assert.Contains("le 3 décembre 2026 à 14 h 00", texte, StringComparison.Ordinal);
            Assert.Contains("Le 25 novembre 2026", texte, StringComparison.Ordinal);
            Assert.DoesNotContain("{{", texte, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Texte_long_est_coupe_dans_la_marge_et_continue_sur_une_autre_page()
    {
        var paragraphe = string.Join(' ', Enumerable.Repeat("Votre accompagnement commence par un rendez-vous.", 12));
        var corps = string.Join("\n\n", Enumerable.Repeat(paragraphe, 12));

        using var pdf = PdfDocument.Open(RenduCourrier.Pdf(Lettre("LONGUE", corps + "\n\nFIN-DU-COURRIER")));

        Assert.True(pdf.NumberOfPages >= 2, $"{pdf.NumberOfPages} page(s)");
        var largeur = pdf.GetPage(1).Width;
        Assert.All(pdf.GetPages().SelectMany(p => p.GetWords()), w => Assert.True(w.BoundingBox.Right <= largeur - 50, $"« {w.Text} » dépasse la marge"));
        Assert.Contains("FIN-DU-COURRIER", pdf.GetPage(pdf.NumberOfPages).GetWords().Select(w => w.Text));
    }

    [Fact]
    public void Mot_plus_large_que_la_ligne_est_coupe_sans_deborder()
    {
        using var pdf = PdfDocument.Open(RenduCourrier.Pdf(Lettre("X", new string('A', 400))));
        var largeur = pdf.GetPage(1).Width;
        Assert.All(pdf.GetPage(1).GetWords(), w => Assert.True(w.BoundingBox.Right <= largeur - 50));
    }
}
