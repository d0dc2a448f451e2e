using Passerelle.Web.Features.Structures;

namespace Passerelle.Web.Features.Pilotage.Drees;

/// <summary>The 11 categories of organisme référent unique of the DREES OARSA survey: France Travail, 5 SPE, 5 hors SPE.</summary>
public enum CategorieDrees
{
    FranceTravail,
    MissionLocale,
    MdePlieCapEmploi,
    CreationEntreprise,
    Iae,
    AutrePlacementFormation,
    ServiceDepartement,
    Caf,
    Msa,
    CcasCias,
    AutreHorsSpe,
}

public static class CategoriesDrees
{
    /// <summary>The ten categories other than France Travail, in the order of the questionnaire's sub-columns.</summary>
    public static readonly IReadOnlyList<CategorieDrees> Ailleurs = [.. Enum.GetValues<CategorieDrees>().Skip(1)];

    /// <summary>Service public de l'emploi by the DREES convention: France Travail and the five placement categories.</summary>
    public static bool EstSpe(this CategorieDrees categorie) => categorie <= CategorieDrees.AutrePlacementFormation;

    /// <summary>
    /// The category a structure's type gives. Passerelle's types do not name business-creation bodies, the CAF or the MSA:
    /// such structures are typed « Autre » and stay without category (counted as oriented elsewhere, in no sub-column).
    /// </summary>
    public static CategorieDrees? De(TypeStructure type) => type switch
    {
        TypeStructure.AgenceFranceTravail => CategorieDrees.FranceTravail,
        TypeStructure.MissionLocale => CategorieDrees.MissionLocale,
        TypeStructure.CapEmploi or TypeStructure.Plie => CategorieDrees.MdePlieCapEmploi,
        TypeStructure.SiaeAci or TypeStructure.SiaeEi or TypeStructure.SiaeEtti or TypeStructure.SiaeAi => CategorieDrees.Iae,
        TypeStructure.OrganismeFormation => CategorieDrees.AutrePlacementFormation,
        TypeStructure.ServiceDepartement => CategorieDrees.ServiceDepartement,
        TypeStructure.CcasCias => CategorieDrees.CcasCias,
        TypeStructure.AssociationDelegataire => CategorieDrees.AutreHorsSpe,
        _ => null,
    };

    public static string Libelle(this CategorieDrees categorie) => categorie switch
    {
        CategorieDrees.FranceTravail => "France Travail",
        CategorieDrees.MissionLocale => "Mission locale",
        CategorieDrees.MdePlieCapEmploi => "MDE, MDEF, PLIE, Cap emploi",
        CategorieDrees.CreationEntreprise => "Création d'entreprise",
        CategorieDrees.Iae => "Insertion par l'activité économique",
        CategorieDrees.AutrePlacementFormation => "Autre organisme de placement ou de formation (SPE)",
        CategorieDrees.ServiceDepartement => "Service du département",
        CategorieDrees.Caf => "CAF",
        CategorieDrees.Msa => "MSA",
        CategorieDrees.CcasCias => "CCAS, CIAS",
        _ => "Autre organisme (hors SPE)",
    };
}
