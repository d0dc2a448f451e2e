using Passerelle.Web.Features.Indicateurs;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Indicateurs;

/// <summary>
/// The EP indicators from the rows of the period, word for word the definitions of docs/indicators.md (« Équipes
/// pluridisciplinaires »). <paramref name="dansLaPortee"/> keeps the rows of the scope asked; the publication decides on
/// the rows read, the whole département's when secrecy applies. A breakdown lists every category, zero or not, so that its rows
/// reveal nothing under secrecy.
/// </summary>
public sealed class MesureEp(PublicationEp publication, Func<ICelluleEp, bool> dansLaPortee, IReadOnlyCollection<PassageLu> passages,
    IReadOnlyCollection<DecisionLue> decisions)
{
    private static readonly TypeDecisionEp[] TypesSanction = [.. Enum.GetValues<TypeDecisionEp>().Where(t => t.EstSanction())];

    public PassagesEp Passages(IReadOnlyList<(NatureThematique Nature, string Libelle)> thematiques)
    {
        var lus = Lus(passages);
        var parties = publication.Parties(passages, [.. thematiques.Select(t => (Func<PassageLu, bool>)(p => p.Nature == t.Nature))]);
        return new(Mesure.Effectif(lus.Count, publication.Publiable(passages)),
            [.. thematiques.Select(t => new PassagesThematique(t.Nature.ToString(), t.Libelle, Mesure.Effectif(lus.Count(p => p.Nature == t.Nature), parties)))]);
    }

    /// <summary>Decisions taken after an opinion, by the opinion's type, and those that decided what the EP advised.</summary>
    public AvisDecisionsEp AvisDecisions()
    {
        var avecAvis = decisions.Where(d => d.Avis is not null).ToList();
        var lus = Lus(avecAvis);
        var (total, conformes) = (publication.Publiable(avecAvis), publication.Partie(avecAvis, Conforme));
        var parAvis = publication.Parties(avecAvis, [.. Enum.GetValues<TypeDecisionEp>().Select(t => (Func<DecisionLue, bool>)(d => d.Avis == t))]);
        return new(Mesure.Effectif(lus.Count, total), Mesure.Effectif(lus.Count(Conforme), conformes), Mesure.Pourcentage(lus.Count(Conforme), lus.Count, conformes),
            [.. Enum.GetValues<TypeDecisionEp>().Select(t =>
            {
                var (type, tous) = (lus.Where(d => d.Avis == t).ToList(), avecAvis.Where(d => d.Avis == t).ToList());
                var suivies = parAvis && publication.Partie(tous, Conforme);
                return new AvisType(t.ToString(), t.Libelle(), Mesure.Effectif(type.Count, parAvis), Mesure.Effectif(type.Count(Conforme), suivies),
                    Mesure.Pourcentage(type.Count(Conforme), type.Count, suivies));
            })]);
    }

    private List<T> Lus<T>(IEnumerable<T> lignes) where T : ICelluleEp => [.. lignes.Where(l => dansLaPortee(l))];

    private static bool Conforme(DecisionLue d) => d.Decision == d.Avis;

    /// <summary>Sanctions decided in the period and not cancelled on appeal, by type, with the sum of their amounts.</summary>
    public SanctionsEp Sanctions()
    {
        var toutes = decisions.Where(d => d.SanctionMaintenue).ToList();
        var lus = Lus(toutes);
        var total = publication.Publiable(toutes);
        var parType = publication.Parties(toutes, [.. TypesSanction.Select(t => (Func<DecisionLue, bool>)(d => d.Decision == t))]);
        return new(Mesure.Effectif(lus.Count, total), Montant(lus, total),
            [.. TypesSanction.Select(t => lus.Where(d => d.Decision == t).ToList())
                .Select((type, i) => new SanctionType(TypesSanction[i].ToString(), TypesSanction[i].Libelle(), Mesure.Effectif(type.Count, parType), Montant(type, parType)))]);
    }

    /// <summary>An amount in euros, to the cent, shown only with the count it sums.</summary>
    private static Mesure Montant(IEnumerable<DecisionLue> lignes, bool publie) =>
        publie ? new Mesure((double)lignes.Sum(d => d.Montant ?? 0m), false) : Mesure.Derivee(null, false);

    /// <summary>Suspensions-remobilisation decided in the period (not cancelled), those given back since, and the months given back.</summary>
    public RemobilisationsEp Remobilisations()
    {
        var toutes = decisions.Where(d => d.SanctionMaintenue && d.Decision == TypeDecisionEp.SuspensionRemobilisation).ToList();
        var lus = Lus(toutes);
        var restituees = publication.Partie(toutes, d => d.Restituee);
        return new(Mesure.Effectif(lus.Count, publication.Publiable(toutes)), Mesure.Effectif(lus.Count(d => d.Restituee), restituees),
            Mesure.Effectif(lus.Where(d => d.Restituee).Sum(d => d.MoisRestitues ?? 0), restituees));
    }

    /// <summary>Days from the detection to the decision, over the decisions of the period: mean and median.</summary>
    public DelaiDecisionEp Delai()
    {
        var lus = Lus(decisions);
        var stat = StatDelai.Mesurer([.. lus.GroupBy(d => d.DelaiJours).Select(g => new ClasseDelai(g.Key, false, g.Count()))]);
        var publie = publication.Publiable(decisions);
        return new(Mesure.Effectif(stat.Effectif, publie), Mesure.Derivee(stat.MoyenneJours, publie), Mesure.Derivee(stat.MedianeJours, publie));
    }

    /// <summary>Decisions of the period appealed since, and those an appeal cancelled or amended, both as shares of the decisions.</summary>
    public RecoursDecisionsEp Recours()
    {
        var lus = Lus(decisions);
        var (contestees, renversees) = (publication.Partie(decisions, d => d.Contestee), publication.Partie(decisions, d => d.Renversee));
        var (nContestees, nRenversees) = (lus.Count(d => d.Contestee), lus.Count(d => d.Renversee));
        return new(Mesure.Effectif(lus.Count, publication.Publiable(decisions)),
            Mesure.Effectif(nContestees, contestees), Mesure.Pourcentage(nContestees, lus.Count, contestees),
            Mesure.Effectif(nRenversees, renversees), Mesure.Pourcentage(nRenversees, lus.Count, renversees));
    }
}
