using Passerelle.Web.Features.Prescriptions;
using static Passerelle.Web.Features.Prescriptions.StatutPrescription;

namespace Passerelle.Tests.Features.Prescriptions;

/// <summary>Every act from every status for every actor: only the transitions of primer §3 step 8 are allowed.</summary>
public sealed class TransitionsPrescriptionTests
{
    private static readonly Dictionary<(ActePrescription, ActeurPrescription), Dictionary<StatutPrescription, StatutPrescription>> Permises = new()
    {
        [(ActePrescription.Accepter, ActeurPrescription.Operateur)] = new() { [Envoyee] = Acceptee, [ListeAttente] = Acceptee },
        [(ActePrescription.MettreEnAttente, ActeurPrescription.Operateur)] = new() { [Envoyee] = ListeAttente },
        [(ActePrescription.Refuser, ActeurPrescription.Operateur)] = new() { [Envoyee] = Refusee, [ListeAttente] = Refusee, [Acceptee] = Refusee },
        [(ActePrescription.Annuler, ActeurPrescription.Prescripteur)] = new() { [Envoyee] = Annulee, [ListeAttente] = Annulee, [Acceptee] = Annulee },
        [(ActePrescription.Expirer, ActeurPrescription.Systeme)] = new() { [Envoyee] = Expiree },
        [(ActePrescription.Entrer, ActeurPrescription.Operateur)] = new() { [Acceptee] = EnCours },
        [(ActePrescription.Sortir, ActeurPrescription.Operateur)] = new() { [EnCours] = Terminee },
    };

    public static TheoryData<StatutPrescription, ActePrescription, ActeurPrescription> Cas()
    {
        var cas = new TheoryData<StatutPrescription, ActePrescription, ActeurPrescription>();
        foreach (var statut in Enum.GetValues<StatutPrescription>())
            foreach (var acte in Enum.GetValues<ActePrescription>())
                foreach (var acteur in Enum.GetValues<ActeurPrescription>())
                    cas.Add(statut, acte, acteur);
        return cas;
    }

    [Theory]
    [MemberData(nameof(Cas))]
    public void Acte_depuis_un_statut_par_un_acteur_donne_le_statut_attendu_ou_rien(StatutPrescription statut, ActePrescription acte, ActeurPrescription acteur)
    {
        StatutPrescription? attendu = Permises.TryGetValue((acte, acteur), out var table) && table.TryGetValue(statut, out var vers) ? vers : null;
        Assert.Equal(attendu, TransitionsPrescription.Suivant(statut, acte, acteur));
        Assert.Equal(attendu is not null, TransitionsPrescription.Possibles(statut, acteur).Contains(acte));
    }

    [Fact]
    public void Statuts_finaux_n_admettent_plus_aucun_acte()
    {
        foreach (var statut in new[] { Refusee, Annulee, Expiree, Terminee })
            Assert.All(Enum.GetValues<ActeurPrescription>(), acteur => Assert.Empty(TransitionsPrescription.Possibles(statut, acteur)));
    }

    [Fact]
    public void Sorties_dynamiques_sont_l_emploi_la_formation_qualifiante_et_les_autres_suites_positives()
    {
        Assert.Equal([TypeSortieAction.EmploiDurable, TypeSortieAction.EmploiTransition, TypeSortieAction.FormationQualifiante, TypeSortieAction.AutreSortieDynamique],
            Enum.GetValues<TypeSortieAction>().Where(t => t.EstDynamique()));
    }
}
