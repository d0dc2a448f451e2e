using System.Text.Json.Serialization;
using Passerelle.Web.Features.Structures;

namespace Passerelle.Web.Features.Iae;

/// <summary>The contract of an IAE hire, by the kind of SIAE that makes it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TypeContratIae>))]
public enum TypeContratIae { Cddi, CddUsage, MissionInterim }

/// <summary>The exit categories of the IAE (sorties dynamiques of the DGEFP / ASP follow-up), the grouping the départements report.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MotifSortieIae>))]
public enum MotifSortieIae { EmploiDurable, EmploiTransition, SortiePositive, AutreSortie }

/// <summary>
/// The one place where Passerelle's IAE words meet those of les emplois de l'inclusion (gip-inclusion/les-emplois,
/// <c>itou/companies/enums.py</c>): the structure « kind » codes (ACI, AI, EI, ETTI; EITI, GEIQ and EA are no SIAE types
/// here) and the contract type codes. A later link-up translates through this class and nothing else.
/// </summary>
public static class VocabulaireEmploisInclusion
{
    public static readonly IReadOnlyDictionary<TypeStructure, string> Kinds = new Dictionary<TypeStructure, string>
    {
        [TypeStructure.SiaeAci] = "ACI",
        [TypeStructure.SiaeAi] = "AI",
        [TypeStructure.SiaeEi] = "EI",
        [TypeStructure.SiaeEtti] = "ETTI",
    };

    public static readonly IReadOnlyDictionary<TypeContratIae, string> Contrats = new Dictionary<TypeContratIae, string>
    {
        [TypeContratIae.Cddi] = "FIXED_TERM_I",
        [TypeContratIae.CddUsage] = "FIXED_TERM_USAGE",
        [TypeContratIae.MissionInterim] = "TEMPORARY",
    };

    /// <summary>Not in les emplois' code (it records hires, not exits): the ASP extranet's exit categories, named by us.</summary>
    public static readonly IReadOnlyDictionary<MotifSortieIae, string> Sorties = new Dictionary<MotifSortieIae, string>
    {
        [MotifSortieIae.EmploiDurable] = "EMPLOI_DURABLE",
        [MotifSortieIae.EmploiTransition] = "EMPLOI_TRANSITION",
        [MotifSortieIae.SortiePositive] = "SORTIE_POSITIVE",
        [MotifSortieIae.AutreSortie] = "AUTRE_SORTIE",
    };

    public static bool EstSiae(TypeStructure type) => Kinds.ContainsKey(type);

    /// <summary>The contracts each kind of SIAE signs: a CDDI in ACI and EI, a CDD d'usage (mise à disposition) or a CDDI in AI, a mission in ETTI.</summary>
    public static IReadOnlyList<TypeContratIae> ContratsPossibles(TypeStructure type) => type switch
    {
        TypeStructure.SiaeAi => [TypeContratIae.CddUsage, TypeContratIae.Cddi],
        TypeStructure.SiaeEtti => [TypeContratIae.MissionInterim],
        _ => [TypeContratIae.Cddi],
    };

    public static string Libelle(this TypeContratIae t) => t switch
    {
        TypeContratIae.Cddi => "CDD d'insertion (CDDI)",
        TypeContratIae.CddUsage => "CDD d'usage, mise à disposition (AI)",
        _ => "Contrat de mission (ETTI)",
    };

    public static string Libelle(this MotifSortieIae m) => m switch
    {
        MotifSortieIae.EmploiDurable => "Emploi durable (CDI, CDD ou intérim de 6 mois et plus, création d'entreprise)",
        MotifSortieIae.EmploiTransition => "Emploi de transition (CDD ou intérim de moins de 6 mois, contrat aidé)",
        MotifSortieIae.SortiePositive => "Sortie positive (formation qualifiante, autre SIAE)",
        _ => "Autre sortie",
    };
}
