using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Demo;

/// <summary>Dates of the demo histories: random gaps in days, kept after the entry and before today.</summary>
internal sealed class CalendrierDemo(Random hasard, HeureLegale heure)
{
    public int Ecart(int min, int max) => hasard.Next(min, max + 1);

    public DateOnly Entre(DateOnly min, DateOnly max) => max <= min ? min : min.AddDays(hasard.Next(max.DayNumber - min.DayNumber + 1));

    public static DateOnly Borne(DateOnly jour, DateOnly plancher) => jour < plancher ? plancher : jour;

    /// <summary>Office hours in the département, as the UTC instant stored.</summary>
    public DateTime Heure(DateOnly jour) => heure.VersUtc(jour, new TimeOnly(hasard.Next(9, 17), 15 * hasard.Next(4)));

    /// <summary>Dates separated by the gaps and ending at <paramref name="fin"/>, squeezed after the entry when they do not fit.</summary>
    public static DateOnly[] AvantLe(Parcours p, DateOnly fin, params int[] ecarts)
    {
        fin = Borne(fin, p.DateEntree);
        return Etaler(Borne(fin.AddDays(-ecarts.Sum()), p.DateEntree), fin, ecarts);
    }

    /// <summary>Dates from <paramref name="debut"/> separated by the gaps, shrunk in proportion when they would pass <paramref name="fin"/>.</summary>
    public static DateOnly[] Etaler(DateOnly debut, DateOnly fin, params int[] ecarts)
    {
        var total = Math.Max(1, ecarts.Sum());
        var echelle = Math.Min(1.0, (double)(fin.DayNumber - debut.DayNumber) / total);
        var dates = new DateOnly[ecarts.Length + 1];
        dates[0] = debut;
        for (int i = 0, cumul = 0; i < ecarts.Length; i++)
        {
            cumul += ecarts[i];
            dates[i + 1] = debut.AddDays((int)Math.Round(cumul * echelle));
        }
        return dates;
    }
}
