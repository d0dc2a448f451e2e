using Passerelle.Web.Features.Diagnostic;

namespace Passerelle.Web.Features.Pilotage.Maillage;

/// <summary>The maillage as the viewer may read it: their territoires, and under secrecy what the table publishes.</summary>
public sealed record VueMaillage(TableauMaillage Maillage, TableauMaillageStatistique Statistique, bool Secret, bool VoitLesPersonnes)
{
    /// <summary>Whether the persons behind a count may be listed: agents only, and never for the santé theme (counts only).</summary>
    public bool Lien(ThemeFrein theme) => VoitLesPersonnes && theme != ThemeFrein.Sante;
}

/// <summary>Reads the maillage of a year within the viewer's scope (<see cref="AccesMaillage"/>), for the page, its exports and the API.</summary>
public sealed class ConsultationMaillage(LectureMaillage lecture, AccesMaillage acces)
{
    public string? VerifierAnnee(int annee) => lecture.VerifierAnnee(annee);

    public async Task<VueMaillage> LireAsync(int annee, CancellationToken ct)
    {
        var portee = acces.Portee;
        var maillage = await lecture.CalculerAsync(annee, portee.Territoires, ct);
        return new(maillage, new TableauMaillageStatistique(maillage, portee.Secret), portee.Secret, acces.VoitLesPersonnes);
    }
}
