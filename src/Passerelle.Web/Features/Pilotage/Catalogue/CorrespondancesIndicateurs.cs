using Passerelle.Web.Features.Programmes;

namespace Passerelle.Web.Features.Pilotage.Catalogue;

/// <summary>The programmes' view of the catalogue: which codes exist, and the mapping proposed for a fiche's indicator.</summary>
public sealed class CorrespondancesIndicateurs : ICorrespondancesIndicateurs
{
    /// <summary>The value of a file's « catalogue » (and of the form) that means « entered by the pilot ».</summary>
    public const string SaisieManuelle = "saisie";

    public string? Refus(string code, UniteIndicateur unite)
    {
        if (code == SaisieManuelle) return null;
        if (CatalogueIndicateurs.Trouver(code) is not { } indicateur)
            return $"« {code} » n'est pas un indicateur du catalogue des indicateurs calculés : indiquez un code du catalogue (page « Catalogue des indicateurs », /api/v1/pilotage/catalogue) ou « {SaisieManuelle} ».";
        if (indicateur.Unite != unite)
            return $"L'indicateur du catalogue « {indicateur.Libelle} » se mesure en {indicateur.Unite.Libelle()}, celui de la fiche en {unite.Libelle()} : choisissez un indicateur de la même unité ou une saisie manuelle.";
        return null;
    }

    public Correspondance Explicite(string code) =>
        code == SaisieManuelle ? new(CorrespondanceIndicateur.Saisi, null, null) : new(CorrespondanceIndicateur.Calcule, code, null);

    public Correspondance Proposer(string programme, string fiche, string libelle, SourceIndicateur source) =>
        CorrespondancesSeeds.Proposer(programme, fiche, libelle, source);
}
