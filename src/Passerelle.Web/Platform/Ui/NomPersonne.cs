using System.Globalization;

namespace Passerelle.Web.Platform.Ui;

/// <summary>
/// An accompanied person's name as every page writes it, « NOM Prénom » (the administrative habit: the surname
/// in capitals first, so that lists read and sort by it), whatever case the CAF file or the agent used.
/// Professionals keep « Prénom Nom », the way they sign their letters and contracts.
/// </summary>
public static class NomPersonne
{
    private static readonly TextInfo Francais = CultureInfo.GetCultureInfo("fr-FR").TextInfo;

    public static string Afficher(string nom, string prenoms) => $"{Francais.ToUpper(nom.Trim())} {Prenoms(prenoms)}".Trim();

    /// <summary>« MARIE-CLAIRE » or « marie claire » → « Marie-Claire », « Marie Claire ».</summary>
    public static string Prenoms(string prenoms) => Francais.ToTitleCase(Francais.ToLower(prenoms.Trim()));
}
