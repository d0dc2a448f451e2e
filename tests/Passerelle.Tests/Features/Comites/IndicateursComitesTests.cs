using Passerelle.Web.Features.Comites;

namespace Passerelle.Tests.Features.Comites;

/// <summary>
/// The comités' indicators on a hand-built dataset with known answers (docs/indicators.md, « Comités »). On 2026-07-15, for the
/// period 2025-01-01 to 2026-06-30: a yearly comité de pilotage met in March 2025 only (2025 met; 2026 not over, not judged),
/// a semestrial comité local met in S1 2025 and S1 2026 but not S2 2025, a future meeting and one before the period do not count.
/// </summary>
public sealed class IndicateursComitesTests
{
    private static readonly DateOnly Aujourdhui = new(2026, 7, 15);

    private static Comite Copil() => new()
    {
        Id = 1,
        Nom = "Copil",
        Type = TypeComite.Pilotage,
        Frequence = FrequenceComite.Annuelle,
        Membres = [new() { Id = 11, Nom = "CAF", Type = TypeInstitution.Caf }, new() { Id = 12, Nom = "DDETS", Type = TypeInstitution.Etat }],
    };

    private static Comite Local() => new()
    {
        Id = 2,
        Nom = "Local Nord",
        Type = TypeComite.Local,
        TerritoireId = 7,
        Frequence = FrequenceComite.Semestrielle,
        Membres = [new() { Id = 21, Nom = " caf ", Type = TypeInstitution.Caf }, new() { Id = 22, Nom = "CCAS Nord", Type = TypeInstitution.Collectivite }],
    };

    private static Reunion R(int comite, DateOnly date, params (int Membre, StatutPresence Statut)[] presences) => new()
    {
        ComiteId = comite,
        Date = date,
        Lieu = "Salle",
        Presences = [.. presences.Select(p => new PresenceReunion { MembreComiteId = p.Membre, Statut = p.Statut })],
    };

    private static ChiffresComites Calculer()
    {
        var copil = R(1, new(2025, 3, 10), (11, StatutPresence.Presente), (12, StatutPresence.Excusee));
        copil.Decisions =
        [
            new() { Texte = "a", Statut = StatutDecision.Faite, Echeance = new(2025, 6, 1) },
            new() { Texte = "b", Statut = StatutDecision.EnCours, Echeance = new(2026, 1, 1) },
            new() { Texte = "c", Statut = StatutDecision.AFaire, Echeance = new(2026, 12, 1) },
            new() { Texte = "d", Statut = StatutDecision.Abandonnee, Echeance = new(2025, 1, 1) },
        ];
        Reunion[] reunions =
        [
            R(1, new(2024, 12, 20), (11, StatutPresence.Absente)),
            copil,
            R(2, new(2025, 2, 1), (21, StatutPresence.Presente), (22, StatutPresence.Absente)),
            R(2, new(2026, 5, 5), (21, StatutPresence.Absente), (22, StatutPresence.Presente)),
            R(2, new(2026, 6, 20)),
            R(2, new(2026, 6, 30), (21, StatutPresence.Presente)),
            R(1, new(2026, 7, 20)),
        ];
        return IndicateursComites.Calculer(new(2025, 1, 1), new(2026, 6, 30), Aujourdhui, [Copil(), Local()], reunions, new Dictionary<int, string> { [7] = "Nord" });
    }

    [Fact]
    public void Reunions_tenues_par_instance_et_par_type_ne_comptent_que_la_periode_passee()
    {
        var c = Calculer();
        var copil = c.Instances.Single(i => i.Id == 1);
        var local = c.Instances.Single(i => i.Id == 2);
        Assert.Equal((1, 0), (copil.Tenues, copil.SansPresences));
        Assert.Equal((4, 1, "Nord"), (local.Tenues, local.SansPresences, local.Territoire));
        Assert.Equal(new[] { (TypeComite.Pilotage, 1, 1), (TypeComite.Local, 1, 4) }, c.ParType.Select(t => (t.Type, t.Instances, t.Tenues)));
    }

    [Fact]
    public void Frequence_attendue_juge_chaque_fenetre_entierement_ecoulee()
    {
        var c = Calculer();
        var copil = c.Instances.Single(i => i.Id == 1);
        Assert.Equal((1, 1, true), (copil.FenetresAttendues, copil.FenetresTenues, copil.FrequenceRespectee));
        var local = c.Instances.Single(i => i.Id == 2);
        Assert.Equal((3, 2, false), (local.FenetresAttendues, local.FenetresTenues, local.FrequenceRespectee));
        Assert.Empty(IndicateursComites.Fenetres(FrequenceComite.AuBesoin, new(2025, 1, 1), new(2026, 1, 1)));
        Assert.Equal(new[] { (new DateOnly(2025, 4, 1), new DateOnly(2025, 6, 30)) }, IndicateursComites.Fenetres(FrequenceComite.Trimestrielle, new(2025, 2, 1), new(2025, 9, 29)));
    }

    [Fact]
    public void Taux_de_participation_regroupe_une_institution_sur_ses_instances()
    {
        var c = Calculer();
        var caf = c.Institutions.Single(i => i.Type == TypeInstitution.Caf);
        Assert.Equal((4, 3, 0, 1, (decimal?)75m), (caf.Reunions, caf.Presente, caf.Excusee, caf.Absente, caf.Taux));
        var etat = c.Institutions.Single(i => i.Type == TypeInstitution.Etat);
        Assert.Equal((1, 0, (decimal?)0m), (etat.Reunions, etat.Presente, etat.Taux));
        var ccas = c.Institutions.Single(i => i.Type == TypeInstitution.Collectivite);
        Assert.Equal((2, 1, (decimal?)50m), (ccas.Reunions, ccas.Presente, ccas.Taux));
    }

    [Fact]
    public void Decisions_faites_ouvertes_et_en_retard()
    {
        var d = Calculer().Decisions;
        Assert.Equal((4, 1, 1, 2, 1), (d.Prises, d.Faites, d.Abandonnees, d.Ouvertes, d.EnRetard));
    }

    [Theory]
    [InlineData("2026-02-01", "2026-01-01", "au", "précède son début")]
    [InlineData("2010-01-01", "2026-01-01", "au", "plus de 10 ans")]
    [InlineData("1800-01-01", "2026-01-01", "du", "entre 1900 et 2999")]
    public void Periode_mal_formee_est_refusee_sur_son_champ(string du, string au, string champ, string message)
    {
        var erreurs = IndicateursComites.VerifierPeriode(DateOnly.Parse(du, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(au, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(message, erreurs[champ], StringComparison.Ordinal);
    }

    [Fact]
    public void Machine_a_etats_des_decisions()
    {
        Assert.True(TransitionsDecision.Permise(StatutDecision.AFaire, StatutDecision.EnCours));
        Assert.True(TransitionsDecision.Permise(StatutDecision.EnCours, StatutDecision.Faite));
        Assert.True(TransitionsDecision.Permise(StatutDecision.EnCours, StatutDecision.Abandonnee));
        Assert.False(TransitionsDecision.Permise(StatutDecision.Faite, StatutDecision.EnCours));
        Assert.False(TransitionsDecision.Permise(StatutDecision.EnCours, StatutDecision.AFaire));
        Assert.Empty(TransitionsDecision.Suivants(StatutDecision.Abandonnee));
    }
}
