using System.Diagnostics;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.Dossiers.Cnaf;
using static Passerelle.Tests.Features.Dossiers.Cnaf.FluxCnafDeTest;

namespace Passerelle.Tests.Features.Dossiers.Cnaf;

[CollectionDefinition(nameof(MemoireFluxCnafTests), DisableParallelization = true)]
public sealed class CollectionMemoire;

/// <summary>Runs alone: the allocation measure is the test thread's, the heap measure a child process's.</summary>
[Collection(nameof(MemoireFluxCnafTests))]
public sealed class MemoireFluxCnafTests
{
    [Fact]
    public void Lire_gros_fichier_garde_une_memoire_plate_et_ne_retient_pas_les_foyers_lus()
    {
        const int Nombre = 20_000;
        var chemin = Path.GetTempFileName();
        try
        {
            using (var ecriture = File.Create(chemin)) Generateur("37", 5).Ecrire(ecriture, Nombre, Reference);
            Assert.True(new FileInfo(chemin).Length > 30_000_000);

            var mesure = MesureDansUnProcessusAPart(chemin);

            Assert.Equal(Nombre, mesure.Lus);
            Assert.Equal(0, mesure.Vivants);
            Assert.InRange(mesure.Croissance, long.MinValue, 4_000_000);
        }
        finally
        {
            File.Delete(chemin);
        }
    }

    private static MesureMemoire MesureDansUnProcessusAPart(string chemin)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(typeof(ProgrammeDeMesure).Assembly.Location);
        info.ArgumentList.Add("memoire-flux-cnaf");
        info.ArgumentList.Add(chemin);
        using var processus = Process.Start(info) ?? throw new InvalidOperationException("dotnet n'a pas démarré.");
        var erreurs = processus.StandardError.ReadToEndAsync();
        var sortie = processus.StandardOutput.ReadToEnd();
        processus.WaitForExit();
        Assert.True(processus.ExitCode == 0, $"La mesure a échoué ({processus.ExitCode}) : {erreurs.Result}");
        return MesureMemoire.Lire(sortie);
    }

    [Fact]
    public void Lire_texte_de_200_mo_est_refuse_sans_que_la_memoire_allouee_approche_la_taille_du_fichier()
    {
        var texte = Texte(Fichier(1));
        var coupure = texte.IndexOf("<NOMNAI>", StringComparison.Ordinal) + "<NOMNAI>".Length;
        using var flux = new FluxTexteGeant(Octets(texte[..coupure]), 200L * 1024 * 1024, Octets(texte[coupure..]));
        _ = LecteurFluxCnaf.Lire(new MemoryStream(Fichier(1))).Count();

        var avant = GC.GetAllocatedBytesForCurrentThread();
        var elements = LecteurFluxCnaf.Lire(flux).ToList();
        var alloues = GC.GetAllocatedBytesForCurrentThread() - avant;

        var erreur = Assert.IsType<ErreurFichierCnaf>(elements[^1]);
        Assert.True(erreur.Interruption);
        Assert.Contains("dépasse 64 Ko", erreur.Motif, StringComparison.Ordinal);
        Assert.IsType<RejetFoyerCnaf>(elements[^2]);
        Assert.True(flux.Length > 200_000_000);
        Assert.InRange(flux.Servis, 0, 1_000_000);
        Assert.InRange(alloues, 0, 8_000_000);
    }
}
