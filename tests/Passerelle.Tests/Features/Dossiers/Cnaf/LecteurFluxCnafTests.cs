using System.Text;
using System.Text.Json;
using System.Xml;
using System.Xml.Schema;
using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Dossiers.Cnaf;
using Passerelle.Web.Platform.Securite;
using static Passerelle.Tests.Features.Dossiers.Cnaf.FluxCnafDeTest;

namespace Passerelle.Tests.Features.Dossiers.Cnaf;

public sealed class LecteurFluxCnafTests
{
    [Fact]
    public void Fichier_genere_est_valide_selon_le_xsd()
    {
        var erreurs = new List<string>();
        var reglages = new XmlReaderSettings { ValidationType = ValidationType.Schema };
        using (var xsd = typeof(LecteurFluxCnaf).Assembly.GetManifestResourceStream("cnaf-vrsb0801.xsd")!)
            reglages.Schemas.Add(null, XmlReader.Create(xsd));
        reglages.ValidationEventHandler += (_, e) => erreurs.Add(e.Message);
        using var lecteur = XmlReader.Create(new MemoryStream(Fichier(300)), reglages);
        while (lecteur.Read()) { }
        Assert.Empty(erreurs);
    }

    [Theory]
    [InlineData("windows-1252", "CAF")]
    [InlineData("utf-8", "CAF")]
    [InlineData("utf-8", "MSA")]
    public void Lire_fichier_genere_rend_les_foyers_generes(string encodage, string organisme)
    {
        var generateur = Generateur("2A", 11, organisme);
        var octets = Fichier(150, encodage == "utf-8" ? new UTF8Encoding(false) : null, generateur);

        var elements = Lire(octets);

        var identification = Assert.IsType<IdentificationFluxCnaf>(elements[0]);
        Assert.Equal(Reference, identification.DateReference);
        var lus = elements.Skip(1).Select(e => Assert.IsType<FoyerLu>(e)).ToList();
        var attendus = generateur.Foyers(150, Reference).ToList();
        Assert.Equal(Json(attendus), Json(lus.Select(l => l.Foyer)));
        Assert.All(lus, l => Assert.Equal(organisme, l.Foyer.Organisme.Fonction));
        Assert.Contains(lus, l => l.Foyer.Personnes.Any(p => p.Nom.Contains('\'', StringComparison.Ordinal) || p.Prenom.Any(c => c > 127)));
        var texte = Encoding.UTF8.GetString(octets);
        Assert.Equal(LigneFoyer(texte, attendus[42].NumDemRsa), lus[42].Ligne);
    }

    [Fact]
    public void Nir_des_personnes_generees_ont_une_cle_valide() =>
        Assert.All(Generateur("2B", 3).Foyers(500, Reference).SelectMany(f => f.Personnes).Where(p => p.Nir is not null),
            p => Assert.Equal((p.Nir, null), (Nir.Lire(p.Nir).Complet, Nir.Lire(p.Nir).Anomalie)));

    [Fact]
    public void Fichier_genere_ecrit_comme_la_caf_nir_sur_13_caracteres_et_codes_completes_d_espaces()
    {
        var texte = Texte(Fichier(200));
        var nirs = System.Text.RegularExpressions.Regex.Matches(texte, "<NIR>([^<]*)</NIR>").Select(m => m.Groups[1].Value).ToList();

        Assert.NotEmpty(nirs);
        Assert.All(nirs, n => Assert.Equal(13, n.Length));
        Assert.Contains("<TYPEPARTE>CG </TYPEPARTE>", texte, StringComparison.Ordinal);
        Assert.Contains("<QUAL>MR </QUAL>", texte, StringComparison.Ordinal);
        Assert.Contains("<IDEPARTE>049</IDEPARTE>", texte, StringComparison.Ordinal);
        var foyers = Generateur().Foyers(1000, Reference).ToList();
        Assert.InRange(foyers.Count(f => f.Personnes.All(p => p.Role == "CJT")), 1, 15);
        Assert.InRange(foyers.SelectMany(f => f.Personnes).Count(p => p.Role != "ENF" && !p.SddTransmis), 1, 15);
        Assert.All(foyers.SelectMany(f => f.Personnes).Where(p => p.Role == "ENF"), p => Assert.False(p.SddTransmis));
    }

    [Fact]
    public void Meme_graine_donne_le_meme_fichier() =>
        Assert.Equal(Fichier(50), Fichier(50));

    private static string Json<T>(IEnumerable<T> valeurs) => JsonSerializer.Serialize(valeurs.ToList());
}
