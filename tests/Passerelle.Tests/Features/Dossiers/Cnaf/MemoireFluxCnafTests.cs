using Passerelle.Web.Features.Dossiers.Cnaf;
using static Passerelle.Tests.Features.Dossiers.Cnaf.FluxCnafDeTest;

namespace Passerelle.Tests.Features.Dossiers.Cnaf;

[CollectionDefinition(nameof(MemoireFluxCnafTests), DisableParallelization = true)]
public sealed class CollectionMemoire;

/// <summary>Runs alone: it measures the process heap, which parallel tests would disturb.</summary>
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

            Assert.Equal(Nombre, lus);
            GC.Collect();
            Assert.DoesNotContain(foyersSuivis, suivi => suivi.IsAlive);
            // The heap is the whole process's: another thread may hold a few MB at one instant, never at all three.
            Assert.InRange(tasEnFin.Min() - tasApres2000, long.MinValue, 4_000_000);
        }
        finally
        {
            File.Delete(chemin);
        }
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
