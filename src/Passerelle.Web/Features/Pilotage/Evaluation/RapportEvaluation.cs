using System.Text.Json.Serialization;
using Passerelle.Web.Features.Programmes;

namespace Passerelle.Web.Features.Pilotage.Evaluation;

/// <summary>How an indicator of a fiche stands against its target for the year.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Atteinte>))]
public enum Atteinte { Atteinte, NonAtteinte, SansCible, NonRenseigne, Qualitatif }

/// <summary>What was achieved for an indicator over a year, and where the figure comes from (computed, entered, the document).</summary>
public sealed record Realisation(decimal? Valeur, string? Texte, string? Commentaire, string Origine);

public sealed record LigneEvaluation(int IndicateurId, string Libelle, UniteIndicateur Unite, SourceIndicateur Source, decimal? Cible,
    Realisation? Realise, Atteinte Atteinte);

public sealed record FicheEvaluee(int FicheId, string Code, string Titre, string Pilote, string? Appreciation, IReadOnlyList<LigneEvaluation> Indicateurs);

public sealed record SyntheseEvaluation(int Indicateurs, int Atteints, int NonAtteints, int SansCible, int NonRenseignes, int Qualitatifs);

/// <summary>The yearly evaluation report of a programme: each fiche-action's indicators against their targets, with the pilot's appraisal.</summary>
public sealed record RapportEvaluation(int ProgrammeId, string Code, string Titre, DateOnly Debut, DateOnly Fin, int Annee,
    IReadOnlyList<FicheEvaluee> Fiches, SyntheseEvaluation Synthese);

/// <summary>The reading of a figure against its target, written once for the page, the exports and the API.</summary>
public static class RegleAtteinte
{
    /// <summary>
    /// A qualitative indicator is only filled or not. A figure without a target cannot be judged. A delay (days, months) reaches its
    /// target when at or under it — the seed programmes' delays are all ceilings ("dans un délai de 2 mois maximum"); every other
    /// figure when at or over it. An indicator whose good direction is downward and not a delay (a rate of return to RSA…) is judged
    /// the same way as the others: the pilot's appraisal says otherwise where needed.
    /// </summary>
    public static Atteinte Evaluer(UniteIndicateur unite, decimal? cible, Realisation? realise)
    {
        if (unite == UniteIndicateur.Texte) return realise is null ? Atteinte.NonRenseigne : Atteinte.Qualitatif;
        if (realise?.Valeur is not decimal valeur) return Atteinte.NonRenseigne;
        if (cible is not decimal c) return Atteinte.SansCible;
        return EstUnPlafond(unite) ? (valeur <= c ? Atteinte.Atteinte : Atteinte.NonAtteinte) : (valeur >= c ? Atteinte.Atteinte : Atteinte.NonAtteinte);
    }

    public static bool EstUnPlafond(UniteIndicateur unite) => unite is UniteIndicateur.Jours or UniteIndicateur.Mois;

    public static SyntheseEvaluation Synthese(IEnumerable<LigneEvaluation> lignes)
    {
        var parAtteinte = lignes.GroupBy(l => l.Atteinte).ToDictionary(g => g.Key, g => g.Count());
        int N(Atteinte a) => parAtteinte.GetValueOrDefault(a);
        return new(parAtteinte.Values.Sum(), N(Atteinte.Atteinte), N(Atteinte.NonAtteinte), N(Atteinte.SansCible), N(Atteinte.NonRenseigne), N(Atteinte.Qualitatif));
    }

    public static string Libelle(this Atteinte atteinte) => atteinte switch
    {
        Atteinte.Atteinte => "cible atteinte",
        Atteinte.NonAtteinte => "cible non atteinte",
        Atteinte.SansCible => "sans cible",
        Atteinte.Qualitatif => "qualitatif",
        _ => "non renseigné",
    };
}
