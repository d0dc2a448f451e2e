using System.Globalization;
using Passerelle.Web.Features.Programmes;

namespace Passerelle.Web.Features.Pilotage.Catalogue;

/// <summary>A computed value as pages and exports read it: « 12,5 % (5 sur 40) », « secret statistique », or why there is none.</summary>
public static class TexteValeur
{
    private static readonly CultureInfo Francais = CultureInfo.GetCultureInfo("fr-FR");

    public static string De(ValeurCalculee? v, UniteIndicateur unite)
    {
        if (v is null) return "—";
        if (v.Masquee) return "secret statistique";
        if (v.Valeur is not { } valeur) return v.Remarque ?? "—";
        var texte = Nombre(valeur);
        var suffixe = unite == UniteIndicateur.Nombre ? "" : " " + unite.Libelle();
        return v.Denominateur is int d ? $"{texte}{suffixe} ({v.Numerateur} sur {d})" : texte + suffixe;
    }

    /// <summary>A row of a breakdown, read as a value of its own.</summary>
    public static string De(LigneValeur l, UniteIndicateur unite) =>
        De(new ValeurCalculee(l.Valeur, l.Denominateur is null ? null : l.Numerateur, l.Denominateur, [], null, l.Masquee), unite);

    public static string Nombre(decimal valeur) => valeur.ToString(valeur % 1 == 0 ? "N0" : "N1", Francais);
}
