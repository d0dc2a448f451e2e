using System.Globalization;
using Passerelle.Web.Features.Dossiers.Cnaf;

namespace Passerelle.Tests.Support;

/// <summary>
/// The test assembly's entry point (the test SDK's empty one is turned off): <c>dotnet Passerelle.Tests.dll
/// memoire-flux-cnaf fichier</c> reads a CNAF file in a process that does nothing else and prints what its heap did.
/// Why a process of its own: the heap is the process's, and in the test host the fixtures of other classes (hosted
/// services, loggers, finalisers) come and go while the file is read, which made an in-process measure flaky.
/// </summary>
public static class ProgrammeDeMesure
{
    public static int Main(string[] arguments)
    {
        if (arguments is not ["memoire-flux-cnaf", var chemin]) return 2;
        Console.WriteLine(MesurerLectureCnaf(chemin).ToString());
        return 0;
    }

    /// <summary>Reads every foyer; heap after 2,000 foyers, least heap among three late points, foyers still alive.</summary>
    private static MesureMemoire MesurerLectureCnaf(string chemin)
    {
        using var flux = File.OpenRead(chemin);
        var (lus, tasApres2000) = (0, 0L);
        var tasEnFin = new List<long>();
        var foyersSuivis = new List<WeakReference>();
        foreach (var element in LecteurFluxCnaf.Lire(flux))
        {
            if (element is not FoyerLu foyer) continue;
            lus++;
            if (lus % 1_000 == 1) foyersSuivis.Add(new WeakReference(foyer));
            if (lus == 2_000) tasApres2000 = GC.GetTotalMemory(forceFullCollection: true);
            if (lus is 17_000 or 18_000 or 19_000) tasEnFin.Add(GC.GetTotalMemory(forceFullCollection: true));
        }

        GC.Collect();
        return new MesureMemoire(lus, tasEnFin.Min() - tasApres2000, foyersSuivis.Count(suivi => suivi.IsAlive));
    }
}

/// <summary>What <see cref="ProgrammeDeMesure"/> prints, one line: foyers read, heap growth in bytes, foyers still alive.</summary>
public sealed record MesureMemoire(int Lus, long Croissance, int Vivants)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Lus} {Croissance} {Vivants}");

    public static MesureMemoire Lire(string ligne)
    {
        var parties = ligne.Trim().Split(' ');
        return new MesureMemoire(int.Parse(parties[0], CultureInfo.InvariantCulture),
            long.Parse(parties[1], CultureInfo.InvariantCulture), int.Parse(parties[2], CultureInfo.InvariantCulture));
    }
}
