namespace Passerelle.Web.Features.Indicateurs;

/// <summary>
/// A figure as the user may read it. Under statistical secrecy (pilots and readers, primer §1: no
/// cell under 5 people) a count under <see cref="Seuil"/> is masked, and so is any mean, median or
/// rate computed on fewer than <see cref="Seuil"/> people, since it would let the small count be
/// read back. Masked figures carry no value at all, not even in the API.
/// </summary>
public sealed record Mesure(double? Valeur, bool Masquee)
{
    public const int Seuil = 5;

    public static Mesure Effectif(int nombre, bool secret) => secret && nombre < Seuil ? new(null, true) : new(nombre, false);

    public static Mesure Derivee(double? valeur, int effectifDeBase, bool secret) =>
        secret && effectifDeBase < Seuil ? new(null, true) : new(valeur is { } v ? Math.Round(v, 1) : null, false);

    public static Mesure Pourcentage(int numerateur, int denominateur, bool secret) =>
        Derivee(denominateur == 0 ? null : 100.0 * numerateur / denominateur, denominateur, secret);

    /// <summary>"&lt; 5" when masked, "—" when there is nothing to compute on, else the value with its unit.</summary>
    public string Afficher(string unite = "")
    {
        if (Masquee) return "< 5";
        if (Valeur is not { } v) return "—";
        var texte = v.ToString(v % 1 == 0 ? "N0" : "N1", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"));
        return unite.Length == 0 ? texte : $"{texte} {unite}";
    }
}
