using Passerelle.Web.Features.Pilotage.Catalogue;
using Passerelle.Web.Features.Programmes;

namespace Passerelle.Tests.Features.Pilotage.Catalogue;

/// <summary>What a manual entry refuses: a negative count, a rate over 100 %, a text for a number, a period reversed or over 10 years.</summary>
public sealed class ReglesSaisieIndicateurTests
{
    private static Dictionary<string, string> Erreurs() => new(StringComparer.Ordinal);

    [Theory]
    [InlineData(UniteIndicateur.Nombre, "-1", "négative")]
    [InlineData(UniteIndicateur.Pourcentage, "100,5", "100 %")]
    [InlineData(UniteIndicateur.Heures, "beaucoup", "saisissez un nombre")]
    [InlineData(UniteIndicateur.Nombre, " ", "Indiquez la valeur")]
    public void Valeur_refusee_sur_le_champ(UniteIndicateur unite, string valeur, string message)
    {
        var erreurs = Erreurs();
        ReglesSaisieIndicateur.Valeur(unite, valeur, erreurs);
        Assert.Contains(message, erreurs["Valeur"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(UniteIndicateur.Nombre, "1 250", 1250)]
    [InlineData(UniteIndicateur.Pourcentage, "12,5", 12.5)]
    [InlineData(UniteIndicateur.Pourcentage, "100", 100)]
    public void Valeur_acceptee_au_format_francais(UniteIndicateur unite, string valeur, decimal attendu)
    {
        var erreurs = Erreurs();
        Assert.Equal(attendu, ReglesSaisieIndicateur.Valeur(unite, valeur, erreurs).Nombre);
        Assert.Empty(erreurs);
    }

    [Fact]
    public void Texte_accepte_pour_un_indicateur_qualitatif() =>
        Assert.Equal("Réseau créé", ReglesSaisieIndicateur.Valeur(UniteIndicateur.Texte, " Réseau créé ", Erreurs()).Texte);

    [Fact]
    public void Periodes_resolues_en_dates()
    {
        Assert.Equal((new DateOnly(2025, 4, 1), new DateOnly(2025, 6, 30)), ReglesSaisieIndicateur.Periode(new(TypePeriode.Trimestre, 2025, 2, null, null, "1", null), Erreurs()));
        Assert.Equal((new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 29)), ReglesSaisieIndicateur.Periode(new(TypePeriode.Mois, 2024, 2, null, null, "1", null), Erreurs()));
        Assert.Equal((new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), ReglesSaisieIndicateur.Periode(new(TypePeriode.Annee, 2025, null, null, null, "1", null), Erreurs()));
    }

    [Theory]
    [InlineData("2025-06-01", "2025-05-31", "précède")]
    [InlineData("2015-01-01", "2025-01-01", "plus de 10 ans")]
    public void Periode_libre_refusee(string du, string au, string message)
    {
        var erreurs = Erreurs();
        Assert.Null(ReglesSaisieIndicateur.Periode(new(TypePeriode.Libre, null, null, DateOnly.Parse(du, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(au, System.Globalization.CultureInfo.InvariantCulture), "1", null), erreurs));
        Assert.Contains(message, erreurs["Au"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-02-10", "2025-10-01", "2025-12-31")]
    [InlineData("2026-04-01", "2026-01-01", "2026-03-31")]
    public void Dernier_trimestre_clos(string aujourdhui, string du, string au)
    {
        static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal((D(du), D(au)), RappelsSaisie.DernierTrimestreClos(D(aujourdhui)));
    }

    [Fact]
    public void Periode_precedente_d_un_trimestre_est_le_trimestre_d_avant() =>
        Assert.Equal(new(new(2025, 1, 1), new(2025, 3, 31)), PeriodeIndicateur.Precedente(new(new(2025, 4, 1), new(2025, 6, 30))));
}
