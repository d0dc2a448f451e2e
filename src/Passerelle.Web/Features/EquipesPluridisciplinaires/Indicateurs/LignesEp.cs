using Passerelle.Web.Features.Indicateurs.Secret;

namespace Passerelle.Web.Features.EquipesPluridisciplinaires.Indicateurs;

/// <summary>A row counted by statistical secrecy: the month (<see cref="Effectifs.Mois(DateOnly)"/>) and territoire of its cell.</summary>
public interface ICelluleEp
{
    int Mois { get; }
    int? TerritoireId { get; }
}

/// <summary>A dossier examined at a session held in the period: the session's legal month, the dossier's territoire.</summary>
public sealed record PassageLu(int Mois, int? TerritoireId, NatureThematique Nature) : ICelluleEp;

/// <summary>A decision taken in the period (month of <see cref="DossierEp.DecideLe"/>) and what became of it.</summary>
/// <param name="DelaiJours">Days from the detection to the decision.</param>
/// <param name="Contestee">At least one appeal recorded.</param>
/// <param name="Renversee">At least one appeal ended in the decision cancelled or amended.</param>
public sealed record DecisionLue(int Mois, int? TerritoireId, TypeDecisionEp? Avis, TypeDecisionEp Decision, decimal? Montant, int DelaiJours,
    bool Annulee, bool Restituee, int? MoisRestitues, bool Contestee, bool Renversee) : ICelluleEp
{
    /// <summary>A sanction still in force: cancelled on appeal, it is no longer counted as a sanction.</summary>
    public bool SanctionMaintenue => Decision.EstSanction() && !Annulee;
}

/// <summary>
/// Which figures statistical secrecy lets out, by the existing rule (<see cref="SecretStatistique"/>): a count is published
/// when each month of the period is; the parts of a total all together with it, or none.
/// Without secrecy (agents) everything is published.
/// </summary>
public sealed class PublicationEp(SecretStatistique? secret, int? territoire)
{
    public bool Publiable<T>(IEnumerable<T> lignes) where T : ICelluleEp => secret is null || secret.Publiable(Effectifs(lignes), territoire);

    public bool Parties<T>(IReadOnlyCollection<T> total, params Func<T, bool>[] parties) where T : ICelluleEp =>
        secret is null || secret.PartiesPubliables(territoire, Effectifs(total), [.. parties.Select(p => Effectifs(total.Where(p)))]);

    /// <summary>A part and its complement within a total (appealed and not, restituted and not…).</summary>
    public bool Partie<T>(IReadOnlyCollection<T> total, Func<T, bool> partie) where T : ICelluleEp => Parties(total, partie, l => !partie(l));

    private static Effectifs Effectifs<T>(IEnumerable<T> lignes) where T : ICelluleEp =>
        new(lignes.GroupBy(l => (l.Mois, l.TerritoireId)).Select(g => (g.Key.Mois, g.Key.TerritoireId, g.Count())));
}
