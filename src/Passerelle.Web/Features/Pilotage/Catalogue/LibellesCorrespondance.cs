using Passerelle.Web.Features.Programmes;

namespace Passerelle.Web.Features.Pilotage.Catalogue;

public static class LibellesCorrespondance
{
    public static string Libelle(this CorrespondanceIndicateur c) => c switch
    {
        CorrespondanceIndicateur.Calcule => "calculé",
        CorrespondanceIndicateur.Saisi => "saisie manuelle",
        CorrespondanceIndicateur.Importe => "importé",
        CorrespondanceIndicateur.Manquant => "manquant",
        _ => "sans correspondance",
    };

    /// <summary>The catalogue indicator's label for a code, never the code itself on a page.</summary>
    public static string LibelleCatalogue(string? code) => CatalogueIndicateurs.Trouver(code)?.Libelle ?? "";
}
