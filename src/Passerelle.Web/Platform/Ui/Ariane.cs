using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Passerelle.Web.Platform.Ui;

/// <summary>One step of the breadcrumb (fil d'Ariane); the last step is the current page.</summary>
public sealed record EtapeAriane(string Libelle, string? Url = null);

public static class ArianeExtensions
{
    private const string Cle = "Ariane";

    public static void DefinirAriane(this ViewDataDictionary viewData, params EtapeAriane[] etapes) => viewData[Cle] = etapes;

    public static IReadOnlyList<EtapeAriane> Ariane(this ViewDataDictionary viewData) =>
        viewData[Cle] as EtapeAriane[] ?? [];
}
