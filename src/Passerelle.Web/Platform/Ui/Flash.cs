using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Passerelle.Web.Platform.Ui;

/// <summary>One-time messages shown after a redirect (post/redirect/get).</summary>
public static class Flash
{
    public const string Succes = "flash-succes";
    public const string Erreur = "flash-erreur";
    public const string Info = "flash-info";

    public static void Confirmer(this ITempDataDictionary tempData, string message) => tempData[Succes] = message;
    public static void Signaler(this ITempDataDictionary tempData, string message) => tempData[Erreur] = message;
    public static void Informer(this ITempDataDictionary tempData, string message) => tempData[Info] = message;
}
