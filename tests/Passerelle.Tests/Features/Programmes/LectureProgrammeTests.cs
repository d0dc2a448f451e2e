using System.Text;
using Passerelle.Web.Features.Programmes;

namespace Passerelle.Tests.Features.Programmes;

/// <summary>A programme file with mistakes is refused whole, each mistake named with its place in the file.</summary>
public sealed class LectureProgrammeTests
{
    private static (ProgrammeLu? Programme, IReadOnlyList<ErreurProgramme> Erreurs) Lire(string json)
    {
        using var flux = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return LectureProgramme.Lire(flux);
    }

    internal static string Fichier(string elements, string departement = "49", string code = "PDI-TEST") => $$"""
        {
          "format": "passerelle-programme/1", "code": "{{code}}", "departement": "{{departement}}", "type": "PDI",
          "titre": "Programme d'essai", "debut": "2024-01-01", "fin": "2026-12-31", "source": "essai",
          "elements": [ {{elements}} ]
        }
        """;

    internal const string FicheValide = """
        { "niveau": "axe", "code": "A1", "titre": "Axe 1", "enfants": [
          { "niveau": "fiche", "code": "F1", "titre": "Fiche 1", "fiche": { "pilote": "Département",
            "indicateurs": [ { "libelle": "Nombre de personnes accompagnées", "unite": "nombre", "cibles": { "2025": 120 } } ] } } ] }
        """;

    [Fact]
    public void Fichier_valide_est_lu_avec_son_arborescence()
    {
        var (programme, erreurs) = Lire(Fichier(FicheValide));
        Assert.Empty(erreurs);
        Assert.Equal([("A1", null), ("F1", "A1")], programme!.Elements.Select(e => (e.Code, e.CodeParent)));
        Assert.Equal(120m, programme.Elements[1].Fiche!.Indicateurs.Single().Cibles[2025]);
    }

    [Fact]
    public void Code_en_double_fiche_sans_pilote_et_indicateur_sans_unite_sont_tous_signales_avec_leur_place()
    {
        var (programme, erreurs) = Lire(Fichier("""
            { "niveau": "axe", "code": "A1", "titre": "Axe 1", "enfants": [
              { "niveau": "fiche", "code": "F1", "titre": "Fiche 1", "fiche": { "pilote": "Département" } },
              { "niveau": "fiche", "code": "F1", "titre": "Fiche 1 bis", "fiche": { "pilote": "Département" } },
              { "niveau": "fiche", "code": "F2", "titre": "Fiche 2", "fiche": { "pilote": " " } },
              { "niveau": "fiche", "code": "F3", "titre": "Fiche 3", "fiche": { "pilote": "CAF", "indicateurs": [ { "libelle": "Taux de sortie" } ] } } ] }
            """));
        Assert.Null(programme);
        Assert.Equal(3, erreurs.Count);
        Assert.Equal("$.elements[0].enfants[1] (F1)", erreurs[0].Chemin);
        Assert.Contains("le code « F1 » est déjà celui de $.elements[0].enfants[0]", erreurs[0].Message, StringComparison.Ordinal);
        Assert.Equal(("$.elements[0].enfants[2] (F2).fiche.pilote", "Le pilote de la fiche est obligatoire."), (erreurs[1].Chemin, erreurs[1].Message));
        Assert.Equal("$.elements[0].enfants[3] (F3).fiche.indicateurs[0].unite", erreurs[2].Chemin);
        Assert.StartsWith("L'indicateur « Taux de sortie » n'a pas d'unité", erreurs[2].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "niveau": "fiche", "code": "F1", "titre": "Fiche", "fiche": { "pilote": "D" }, "enfants": [ { "niveau": "axe", "code": "A", "titre": "Axe" } ] }""",
        "ne peut pas être sous « Fiche-action » (F1)")]
    [InlineData("""{ "niveau": "axe", "code": "A", "titre": "Axe", "fiche": { "pilote": "D" } }""", "seules les fiches-actions et sous-actions ont un contenu")]
    [InlineData("""{ "niveau": "fiche", "code": "F1", "titre": "Fiche" }""", "doit avoir son contenu")]
    [InlineData("""{ "niveau": "chapitre", "code": "C", "titre": "Chapitre" }""", "Le niveau « chapitre » n'est pas permis")]
    [InlineData("""{ "niveau": "fiche", "code": "F1", "titre": "F", "fiche": { "pilote": "D", "indicateurs": [ { "libelle": "X", "unite": "nombre", "cibles": { "l'an prochain": 3 } } ] } }""",
        "« l'an prochain » n'est pas une année")]
    [InlineData("""{ "niveau": "fiche", "code": "F1", "titre": "F", "fiche": { "pilote": "D", "financements": [ { "financeur": "Etat", "annee": 2019 } ] } }""",
        "le montant est obligatoire")]
    public void Element_mal_forme_est_refuse_avec_la_raison(string element, string attendu)
    {
        var (programme, erreurs) = Lire(Fichier(element));
        Assert.Null(programme);
        Assert.Contains(erreurs, e => e.Message.Contains(attendu, StringComparison.Ordinal));
    }

    [Fact]
    public void Json_mal_forme_ou_champ_inconnu_donne_la_ligne()
    {
        var (_, erreurs) = Lire(Fichier(FicheValide).Replace("\"titre\": \"Axe 1\"", "\"intitule\": \"Axe 1\"", StringComparison.Ordinal));
        var erreur = Assert.Single(erreurs);
        Assert.StartsWith("ligne 4", erreur.Chemin, StringComparison.Ordinal);
        Assert.Contains("champ inconnu", erreur.Message, StringComparison.Ordinal);
    }
}
