using Microsoft.AspNetCore.Mvc.Rendering;
using Passerelle.Web.Platform.Securite;

namespace Passerelle.Web.Features.Structures;

/// <summary>Kinds of structures named by the primer; labels are what users read.</summary>
public enum TypeStructure
{
    ServiceDepartement,
    CcasCias,
    AssociationDelegataire,
    AgenceFranceTravail,
    MissionLocale,
    CapEmploi,
    Plie,
    SiaeAci,
    SiaeEi,
    SiaeEtti,
    SiaeAi,
    OrganismeFormation,
    Autre,
}

public static class TypeStructureLibelles
{
    public static string Libelle(this TypeStructure type) => type switch
    {
        TypeStructure.ServiceDepartement => "Service du département",
        TypeStructure.CcasCias => "CCAS / CIAS",
        TypeStructure.AssociationDelegataire => "Association délégataire",
        TypeStructure.AgenceFranceTravail => "Agence France Travail",
        TypeStructure.MissionLocale => "Mission locale",
        TypeStructure.CapEmploi => "Cap emploi",
        TypeStructure.Plie => "PLIE",
        TypeStructure.SiaeAci => "SIAE – Atelier et chantier d'insertion (ACI)",
        TypeStructure.SiaeEi => "SIAE – Entreprise d'insertion (EI)",
        TypeStructure.SiaeEtti => "SIAE – Entreprise de travail temporaire d'insertion (ETTI)",
        TypeStructure.SiaeAi => "SIAE – Association intermédiaire (AI)",
        TypeStructure.OrganismeFormation => "Organisme de formation",
        _ => "Autre",
    };

    /// <summary>The types as select options, led by an empty choice labelled <paramref name="vide"/>.</summary>
    public static IReadOnlyList<SelectListItem> Options(string vide) =>
        [new SelectListItem(vide, ""), .. Enum.GetValues<TypeStructure>().Select(t => new SelectListItem(t.Libelle(), t.ToString()))];
}
