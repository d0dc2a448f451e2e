using Passerelle.Web.Features.Diagnostic;
using Passerelle.Web.Features.Orientation;
using DiagnosticPersonne = Passerelle.Web.Features.Diagnostic.Diagnostic;

namespace Passerelle.Tests.Features.Diagnostic;

public sealed class PropositionDiagnosticTests
{
    private static DiagnosticPersonne Avec(string[] metiers, params (ThemeFrein Theme, NiveauFrein Niveau)[] freins) => new()
    {
        AuteurId = "u",
        AuteurNom = "U",
        MetiersRecherches = [.. metiers],
        Freins = Enum.GetValues<ThemeFrein>().Select(t => new Frein(t, freins.FirstOrDefault(f => f.Theme == t).Niveau, null)).ToList(),
    };

    [Theory]
    [InlineData(ThemeFrein.Sante)]
    [InlineData(ThemeFrein.Logement)]
    [InlineData(ThemeFrein.LangueSavoirsDeBase)]
    public void Frein_important_bloquant_propose_sociale_meme_avec_un_metier(ThemeFrein theme)
    {
        var proposition = PropositionDiagnostic.Proposer(Avec(["K2204"], (theme, NiveauFrein.Important)));
        Assert.Equal(TypeOrientation.Sociale, proposition.Type);
        Assert.Contains(proposition.Raisons, r => r.Contains(theme.Libelle().ToLowerInvariant(), StringComparison.Ordinal));
    }

    [Fact]
    public void Trois_freins_importants_proposent_sociale()
    {
        var proposition = PropositionDiagnostic.Proposer(Avec(["K2204"], (ThemeFrein.Mobilite, NiveauFrein.Important),
            (ThemeFrein.Numerique, NiveauFrein.Important), (ThemeFrein.DifficultesFinancieres, NiveauFrein.Important)));
        Assert.Equal(TypeOrientation.Sociale, proposition.Type);
        Assert.Contains("3 thèmes avec un frein important", proposition.Motif, StringComparison.Ordinal);
    }

    [Fact]
    public void Metier_recherche_et_seuls_freins_mobilite_formation_proposent_professionnelle()
    {
        var proposition = PropositionDiagnostic.Proposer(Avec(["K2204", "N1103"], (ThemeFrein.Mobilite, NiveauFrein.Important),
            (ThemeFrein.Formation, NiveauFrein.Important), (ThemeFrein.Numerique, NiveauFrein.Leger)));
        Assert.Equal(TypeOrientation.Professionnelle, proposition.Type);
        Assert.StartsWith("Diagnostic : 2 métier(s) recherché(s) : K2204, N1103", proposition.Motif, StringComparison.Ordinal);
    }

    [Fact]
    public void Sans_frein_ni_metier_propose_socio_professionnelle()
    {
        var proposition = PropositionDiagnostic.Proposer(Avec([]));
        Assert.Equal(TypeOrientation.SocioProfessionnelle, proposition.Type);
        Assert.Equal(["aucun métier recherché"], proposition.Raisons);
    }

    [Fact]
    public void Metier_recherche_avec_un_autre_frein_important_propose_socio_professionnelle()
    {
        var proposition = PropositionDiagnostic.Proposer(Avec(["K2204"], (ThemeFrein.ContraintesFamiliales, NiveauFrein.Important)));
        Assert.Equal(TypeOrientation.SocioProfessionnelle, proposition.Type);
        Assert.Equal(["frein important : contraintes familiales (garde d'enfants)"], proposition.Raisons);
    }
}
