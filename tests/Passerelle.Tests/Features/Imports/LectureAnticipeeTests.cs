using Passerelle.Tests.Features.Dossiers.Cnaf;
using Passerelle.Web.Features.Dossiers.Cnaf;
using Passerelle.Web.Features.Imports;

namespace Passerelle.Tests.Features.Imports;

public sealed class LectureAnticipeeTests
{
    [Fact]
    public async Task Lecture_anticipee_rend_les_elements_et_positions_d_une_lecture_synchrone()
    {
        var octets = FluxCnafDeTest.Fichier(3 * LectureAnticipee.Avance);
        var attendus = new List<(string, long)>();
        using (var flux = new MemoryStream(octets))
            foreach (var element in LecteurFluxCnaf.Lire(flux)) attendus.Add((Decrire(element), flux.Position));
        long finAttendue;
        using (var flux = new MemoryStream(octets))
        {
            foreach (var _ in LecteurFluxCnaf.Lire(flux)) { }
            finAttendue = flux.Position;
        }

        var lus = new List<(string, long)>();
        using var fichier = new MemoryStream(octets);
        await using var lecture = new LectureAnticipee(LecteurFluxCnaf.Lire(fichier), fichier);
        await foreach (var element in lecture.LireAsync())
        {
            // A slow consumer: the reader runs ahead up to its bound meanwhile.
            if (lus.Count % 100 == 0) await Task.Delay(5);
            lus.Add((Decrire(element), lecture.Position));
        }

        Assert.Equal(attendus, lus);
        Assert.Equal(finAttendue, lecture.Position);
    }

    private static string Decrire(ElementFluxCnaf element) => element switch
    {
        FoyerLu lu => $"foyer {lu.Foyer.NumDemRsa} ligne {lu.Ligne}",
        var autre => autre.ToString(),
    };

    [Fact]
    public async Task Lecture_anticipee_abandonnee_s_arrete_sans_lire_tout_le_fichier()
    {
        using var fichier = new MemoryStream(FluxCnafDeTest.Fichier(4 * LectureAnticipee.Avance));
        var lecture = new LectureAnticipee(LecteurFluxCnaf.Lire(fichier), fichier);
        await foreach (var _ in lecture.LireAsync()) break;

        await lecture.DisposeAsync();

        // The reader waited at its bound, then stopped: the caller may close the file.
        Assert.InRange(fichier.Position, 1, fichier.Length / 2);
    }
}
