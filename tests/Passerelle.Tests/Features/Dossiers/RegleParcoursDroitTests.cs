using Passerelle.Web.Features.Dossiers;

namespace Passerelle.Tests.Features.Dossiers;

public sealed class RegleParcoursDroitTests
{
    private static readonly DateOnly Date = new(2026, 6, 30);

    public static TheoryData<string?, bool, bool, string?, string, bool, bool, EvenementDroit?> Cas => new()
    {
        // avant : état, SDD, déjà entré, date de sortie | après : état, SDD | reprise de stock | événement attendu
        { null, false, false, null, "2", true, false, EvenementDroit.NouvelEntrant },
        { null, false, false, null, "2", true, true, EvenementDroit.SituationInitiale },
        { null, false, false, null, "0", false, false, EvenementDroit.SituationInitiale },
        { "0", false, false, null, "2", true, false, EvenementDroit.NouvelEntrant },
        { "2", false, false, null, "2", true, false, EvenementDroit.NouvelEntrant },
        { "2", true, true, null, "2", true, false, null },
        { "2", true, true, null, "3", true, false, EvenementDroit.Changement },
        { "3", true, true, null, "2", true, false, EvenementDroit.Changement },
        { "2", true, true, null, "5", true, false, EvenementDroit.Sortie },
        { "4", true, true, null, "6", false, false, EvenementDroit.Sortie },
        { "5", true, true, "2026-01-31", "2", true, false, EvenementDroit.Retour },
        { "5", true, true, "2025-06-30", "2", true, false, EvenementDroit.Retour },
        { "5", true, true, "2025-06-29", "2", true, false, EvenementDroit.NouvelEntrant },
        { "5", true, true, "2026-01-31", "2", false, false, EvenementDroit.Changement },
        { "2", true, true, null, "2", false, false, EvenementDroit.Changement },
        { "2", false, true, null, "2", true, false, EvenementDroit.Changement },
        { "0", false, false, null, "1", false, false, EvenementDroit.Changement },
    };

    [Theory]
    [MemberData(nameof(Cas))]
    public void Evaluer_donne_l_evenement_du_parcours(string? etat, bool sdd, bool dejaEntre, string? sortie, string nouvelEtat, bool nouveauSdd, bool reprise, EvenementDroit? attendu)
    {
        var avant = etat is null ? null : new SituationDroit(etat, sdd, dejaEntre, sortie is null ? null : DateOnly.Parse(sortie, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(attendu, RegleParcoursDroit.Evaluer(avant, nouvelEtat, nouveauSdd, Date, reprise));
    }

    [Fact]
    public void Appliquer_retient_l_entree_et_la_date_de_sortie()
    {
        var entre = RegleParcoursDroit.Appliquer(null, EvenementDroit.NouvelEntrant, "2", true, Date);
        Assert.Equal(new SituationDroit("2", true, true, null), entre);
        var sorti = RegleParcoursDroit.Appliquer(entre, EvenementDroit.Sortie, "5", true, Date.AddMonths(1));
        Assert.Equal(new SituationDroit("5", true, true, Date.AddMonths(1)), sorti);
        Assert.Equal(Date, RegleParcoursDroit.Appliquer(null, EvenementDroit.SituationInitiale, "6", false, Date).DateSortie);
    }
}
