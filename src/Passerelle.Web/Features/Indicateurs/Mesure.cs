namespace Passerelle.Web.Features.Indicateurs;

/// <summary>
/// A figure as the user may read it. Under statistical secrecy (pilots and readers, primer §1: no cell under 5 people)
/// <see cref="Secret.SecretStatistique"/> decides which figures are shown; a masked figure carries no value at all,
/// not even in the API, and a mean, median or rate is shown only with the counts it is computed on.
/// </summary>
public sealed record Mesure(double? Valeur, bool Masquee)
{
    private static readonly Mesure Masque = new(null, true);

    public static Mesure Effectif(int nombre, bool publie) => publie ? new(nombre, false) : Masque;

    public static Mesure Derivee(double? valeur, bool publie) => publie ? new(valeur is { } v ? Math.Round(v, 1) : null, false) : Masque;

    public static Mesure Pourcentage(int numerateur, int denominateur, bool publie) =>
        Derivee(denominateur == 0 ? null : 100.0 * numerateur / denominateur, publie);

    /// <summary>
    /// "secret statistique" when masked (not "&lt; 5": a cell hidden to protect another may be large), "—" when there is nothing to
    /// compute on, else the value with its unit.
    /// </summary>
    public string Afficher(string unite = "")
    {
        if (Masquee) return "secret statistique";
        if (Valeur is not { } v) return "—";
        var texte = v.ToString(v % 1 == 0 ? "N0" : "N1", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"));
        return unite.Length == 0 ? texte : $"{texte} {unite}";
    }
}
