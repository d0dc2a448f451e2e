using Passerelle.Web.Features.Orientation;

namespace Passerelle.Web.Features.Contrats;

/// <summary>The contract an oriented person signs (primer §3 step 7), depending on their orientation and the rules in force.</summary>
public enum TypeContrat
{
    /// <summary>Contrat d'engagements réciproques, with the département (social and socio-professional orientations).</summary>
    Cer,
    /// <summary>Projet personnalisé d'accès à l'emploi, with France Travail (professional orientation before 2025).</summary>
    Ppae,
    /// <summary>Contrat d'engagement of the loi pour le plein emploi (professional orientation from 2025).</summary>
    ContratEngagement,
}

public enum RangContrat
{
    Premier,
    Renouvellement,
}

public static class TypeContratRegles
{
    /// <summary>The loi pour le plein emploi's contrat d'engagement applies to parcours judged by a rule set starting from this date.</summary>
    public static readonly DateOnly DebutContratEngagement = new(2025, 1, 1);

    /// <summary>
    /// The contract the orientation calls for: a CER with the département for social and socio-professional
    /// orientations; for a professional one, the PPAE, or the contrat d'engagement when the parcours is judged
    /// by a rule set in force from 2025 (national or the département's own, docs/glossary.md).
    /// </summary>
    public static TypeContrat Pour(TypeOrientation orientation, JeuRegles regles) => orientation switch
    {
        TypeOrientation.Professionnelle when regles.ValideDu >= DebutContratEngagement => TypeContrat.ContratEngagement,
        TypeOrientation.Professionnelle => TypeContrat.Ppae,
        _ => TypeContrat.Cer,
    };

    /// <summary>The département decides on its CER; a PPAE or contrat d'engagement is France Travail's and is only recorded.</summary>
    public static bool DecideParDepartement(this TypeContrat type) => type == TypeContrat.Cer;

    public static string Libelle(this TypeContrat type) => type switch
    {
        TypeContrat.Cer => "Contrat d'engagements réciproques (CER)",
        TypeContrat.Ppae => "Projet personnalisé d'accès à l'emploi (PPAE)",
        _ => "Contrat d'engagement",
    };

    public static string LibelleCourt(this TypeContrat type) => type switch
    {
        TypeContrat.Cer => "CER",
        TypeContrat.Ppae => "PPAE",
        _ => "Contrat d'engagement",
    };

    public static string Libelle(this RangContrat rang) => rang == RangContrat.Premier ? "Premier contrat" : "Renouvellement";
}
