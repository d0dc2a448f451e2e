using Passerelle.Web.Features.Pilotage.Catalogue;
using Passerelle.Web.Features.Pilotage.Evaluation;

namespace Passerelle.Web.Features.Pilotage.TableauDeBord;

/// <summary>How a line compares with the previous period and with its target, in words read on the page and in the export.</summary>
public static class ComparaisonTableau
{
    public static string Evolution(LigneTableauDeBord l)
    {
        if (l.Valeur?.Valeur is not decimal v || l.Precedente?.Valeur is not decimal p) return "—";
        var ecart = v - p;
        var sens = ecart switch { > 0 => "en hausse", < 0 => "en baisse", _ => "stable" };
        return ecart == 0 ? sens : $"{sens} de {TexteValeur.Nombre(Math.Abs(ecart))}" + (p != 0 ? $" ({TexteValeur.Nombre(Math.Round(100 * ecart / p, 1))} %)" : "");
    }

    /// <summary>
    /// Whether the target is reached, by the evaluation's rule (<see cref="RegleAtteinte"/>: a delay is a ceiling), with the share
    /// of it reached; a period shorter than the year is compared with the whole year's target, as the pilots read it.
    /// </summary>
    public static string Atteinte(LigneTableauDeBord l)
    {
        var atteinte = RegleAtteinte.Evaluer(l.Unite, l.Cible, l.Valeur?.Valeur is decimal v ? new Realisation(v, null, null, "") : null);
        return l.Cible is decimal c && c != 0 && l.Valeur?.Valeur is decimal valeur
            ? $"{atteinte.Libelle()} ({TexteValeur.Nombre(Math.Round(100 * valeur / c, 1))} % de la cible)" : atteinte.Libelle();
    }
}
