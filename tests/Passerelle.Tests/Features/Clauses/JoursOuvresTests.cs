using Passerelle.Web.Features.Clauses;

namespace Passerelle.Tests.Features.Clauses;

/// <summary>The working days behind the monthly ceiling: Easter and its moveable feasts, fixed holidays, weekends, Alsace-Moselle's two more days.</summary>
public sealed class JoursOuvresTests
{
    [Theory]
    [InlineData(2013, 3, 31)]
    [InlineData(2015, 4, 5)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2038, 4, 25)]
    public void Paques_tombe_le_dimanche_du_calendrier_gregorien(int annee, int mois, int jour) =>
        Assert.Equal(new DateOnly(annee, mois, jour), JoursOuvres.Paques(annee));

    [Theory]
    [InlineData(2024, 4, 21)] // lundi de Pâques le 1er avril
    [InlineData(2025, 5, 19)] // 1er mai, 8 mai et Ascension (29 mai), trois jeudis
    [InlineData(2025, 6, 20)] // lundi de Pentecôte le 9 juin
    [InlineData(2025, 7, 22)] // 14 juillet un lundi
    [InlineData(2025, 3, 21)] // aucun jour férié
    [InlineData(2013, 5, 19)] // 1er et 8 mai, Ascension le 9, Pentecôte le 20
    public void Jours_ouvres_du_mois_otent_week_ends_et_feries(int annee, int mois, int jours)
    {
        Assert.Equal(jours, JoursOuvres.Du(new DateOnly(annee, mois, 1), "49"));
        Assert.Equal(jours * 7, ReglesHeuresClause.Maximum(new DateOnly(annee, mois, 1), "49"));
    }

    [Theory]
    [InlineData(2026, 4, "49", 21)] // lundi de Pâques le 6 avril
    [InlineData(2026, 4, "67", 20)] // et Vendredi saint le 3 avril
    [InlineData(2026, 4, "68", 20)]
    [InlineData(2025, 12, "49", 22)] // Noël un jeudi
    [InlineData(2025, 12, "57", 21)] // et la Saint-Étienne le vendredi 26
    [InlineData(2026, 12, "57", 22)] // le 26 décembre 2026 est un samedi
    public void Alsace_Moselle_compte_vendredi_saint_et_26_decembre_comme_feries(int annee, int mois, string departement, int jours) =>
        Assert.Equal(jours * 7, ReglesHeuresClause.Maximum(new DateOnly(annee, mois, 1), departement));

    [Fact]
    public void Heures_au_dela_du_plafond_sont_refusees_en_nommant_mois_personne_et_maximum()
    {
        var mai = new DateOnly(2025, 5, 1);
        Assert.Null(ReglesHeuresClause.Verifier(100, 33, mai, "Léa Dupont", "49"));
        Assert.Equal("Léa Dupont ne peut avoir plus de 133 h en mai 2025 (19 jours ouvrés × 7 h) : 134 h saisies (dont 34 h déjà saisies sur d'autres marchés).",
            ReglesHeuresClause.Verifier(100, 34, mai, "Léa Dupont", "49"));
        Assert.NotNull(ReglesHeuresClause.Verifier(-1, 0, mai, "Léa Dupont", "49"));
        Assert.Equal("Léa Dupont ne peut avoir plus de 140 h en avril 2026 (20 jours ouvrés × 7 h) : 147 h saisies.",
            ReglesHeuresClause.Verifier(147, 0, new DateOnly(2026, 4, 1), "Léa Dupont", "67"));
    }

    [Fact]
    public void Plan_repartit_les_heures_exigees_sur_les_mois_du_marche_sans_en_perdre()
    {
        var plan = ReglesMarche.Repartir(new DateOnly(2025, 1, 15), new DateOnly(2025, 4, 10), 1001);
        Assert.Equal([new DateOnly(2025, 1, 1), new DateOnly(2025, 2, 1), new DateOnly(2025, 3, 1), new DateOnly(2025, 4, 1)], plan.Select(p => p.Mois));
        Assert.Equal([251, 250, 250, 250], plan.Select(p => p.Heures));
    }
}
