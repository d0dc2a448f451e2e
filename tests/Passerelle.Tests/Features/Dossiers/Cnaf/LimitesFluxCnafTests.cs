using System.Text;
using Passerelle.Web.Features.Dossiers.Cnaf;
using static Passerelle.Tests.Features.Dossiers.Cnaf.FluxCnafDeTest;

namespace Passerelle.Tests.Features.Dossiers.Cnaf;

public sealed class LimitesFluxCnafTests
{
    [Fact]
    public void Lire_texte_geant_dans_un_dossier_rejette_le_dossier_et_interrompt_le_fichier_a_sa_ligne()
    {
        var (texte, ligne) = Inserer("<NOMNAI>", new string('A', LimitesFluxCnaf.TexteMaxOctets + 10));

        var elements = Lire(Octets(texte));

        AssertInterrompu(elements, ligne, "dépasse 64 Ko");
    }

    [Fact]
    public void Lire_imbrication_profonde_rejette_le_dossier_et_interrompt_le_fichier_a_sa_ligne()
    {
        var niveaux = LimitesFluxCnaf.ProfondeurMax + 5;
        var (texte, ligne) = Inserer("<IdentificationRSA>", "\n" + string.Concat(Enumerable.Repeat("<X>\n", niveaux)) + string.Concat(Enumerable.Repeat("</X>", niveaux)));

        var elements = Lire(Octets(texte));

        var ligneLimite = ligne + LimitesFluxCnaf.ProfondeurMax - 2;
        AssertInterrompu(elements, ligneLimite, $"imbriqués sur plus de {LimitesFluxCnaf.ProfondeurMax} niveaux");
    }

    [Fact]
    public void Lire_imbrication_profonde_hors_dossier_interrompt_le_fichier()
    {
        var texte = Texte(Fichier(2));
        var niveaux = 2_000;
        texte = texte.Replace("<TransmissionFlux>", string.Concat(Enumerable.Repeat("<X>", niveaux)) + string.Concat(Enumerable.Repeat("</X>", niveaux)) + "<TransmissionFlux>", StringComparison.Ordinal);

        var elements = Lire(Octets(texte));

        Assert.Equal(2, elements.OfType<FoyerLu>().Count());
        var erreur = Assert.IsType<ErreurFichierCnaf>(elements[^1]);
        Assert.True(erreur.Interruption);
        Assert.Contains("imbriqués sur plus de 16 niveaux", erreur.Motif, StringComparison.Ordinal);
    }

    [Fact]
    public void Lire_dossier_de_trop_d_elements_rejette_le_dossier_et_interrompt_le_fichier()
    {
        var (texte, ligne) = Inserer("<IdentificationRSA>", "\n" + string.Concat(Enumerable.Repeat("<X/>", LimitesFluxCnaf.ElementsMaxParFoyer + 1)));

        var elements = Lire(Octets(texte));

        AssertInterrompu(elements, ligne, "plus de 10\u202F000 éléments XML");
    }

    [Fact]
    public void Lire_texte_geant_dans_l_identification_refuse_le_fichier_avant_tout_dossier()
    {
        var texte = Texte(Fichier(2));
        texte = texte.Replace("<APPLIEME>", "<APPLIEME>" + new string(' ', 100_000), StringComparison.Ordinal);

        var elements = Lire(Octets(texte));

        var erreur = Assert.IsType<ErreurFichierCnaf>(Assert.Single(elements));
        Assert.False(erreur.Interruption);
        Assert.Equal(Ligne(texte, "<APPLIEME>"), erreur.Ligne);
        Assert.Contains("dépasse 64 Ko", erreur.Motif, StringComparison.Ordinal);
    }

    /// <summary>Second foyer of a three-foyer flux: the first is read, the second rejected, the third never reached.</summary>
    private static (string Texte, int Ligne) Inserer(string apres, string contenu)
    {
        var texte = Texte(Fichier(3));
        var index = texte.IndexOf(apres, texte.IndexOf("<InfosFoyerRSA>", texte.IndexOf("</InfosFoyerRSA>", StringComparison.Ordinal), StringComparison.Ordinal), StringComparison.Ordinal) + apres.Length;
        var ligne = texte[..index].Count(c => c == '\n') + 1;
        return (texte.Insert(index, contenu), ligne + (contenu.StartsWith('\n') ? 1 : 0));
    }

    private static void AssertInterrompu(List<ElementFluxCnaf> elements, int ligne, string motif)
    {
        Assert.Equal(4, elements.Count);
        Assert.IsType<IdentificationFluxCnaf>(elements[0]);
        Assert.IsType<FoyerLu>(elements[1]);
        var rejet = Assert.IsType<RejetFoyerCnaf>(elements[2]);
        var erreur = Assert.IsType<ErreurFichierCnaf>(elements[3]);
        Assert.True(erreur.Interruption);
        Assert.Equal((ligne, ligne), (rejet.Ligne, erreur.Ligne));
        Assert.Contains(motif, erreur.Motif, StringComparison.Ordinal);
        Assert.Contains(motif, rejet.Motif, StringComparison.Ordinal);
    }
}
