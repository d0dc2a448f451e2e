using Passerelle.Web.Features.Dossiers.Cnaf;
using Passerelle.Web.Features.Imports;
using static Passerelle.Tests.Features.Imports.ImportsDeTest;

namespace Passerelle.Tests.Features.Imports;

public sealed class ControleFoyerTests
{
    private static readonly DateOnly Reference = new(2026, 1, 31);

    [Fact]
    public void Nom_trop_long_pour_la_base_est_rejete_avec_sa_longueur()
    {
        var nom = new string('A', 40);
        var rejet = ControleFoyer.Verifier(new FoyerLu(7, Foyer("04990000001", "2", Personne(nom, "EVA", new DateOnly(1990, 1, 1)))), Reference);
        Assert.Equal((7, "NOM", nom), (rejet?.Ligne, rejet?.Champ, rejet?.Valeur));
        Assert.Equal("Valeur trop longue : 40 caractères, 32 au plus.", rejet?.Motif);
    }

    [Fact]
    public void Foyer_sans_demandeur_ou_avec_deux_demandeurs_est_rejete()
    {
        var enfant = Personne("SEUL", "ENFANT", new DateOnly(2015, 1, 1), role: "ENF");
        Assert.Contains("il en compte 0", ControleFoyer.Verifier(new FoyerLu(2, Foyer("04990000002", "2", enfant)), Reference)?.Motif, StringComparison.Ordinal);
        var deux = Foyer("04990000003", "2", Personne("UN", "A", new DateOnly(1980, 1, 1)), Personne("DEUX", "B", new DateOnly(1981, 1, 1)));
        Assert.Contains("il en compte 2", ControleFoyer.Verifier(new FoyerLu(2, deux), Reference)?.Motif, StringComparison.Ordinal);
    }

    [Fact]
    public void Demande_posterieure_a_la_date_du_flux_est_rejetee()
    {
        var foyer = Foyer("04990000004", "2", Personne("TARD", "IVY", new DateOnly(1980, 1, 1))) with { DateDemande = new DateOnly(2026, 2, 1) };
        Assert.Equal(("DTDEMRSA", "01/02/2026"), (ControleFoyer.Verifier(new FoyerLu(3, foyer), Reference)?.Champ, ControleFoyer.Verifier(new FoyerLu(3, foyer), Reference)?.Valeur));
    }
}
