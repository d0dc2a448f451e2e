using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Diagnostic;
using Passerelle.Web.Features.Referents;

namespace Passerelle.Web.Features.Demo;

/// <summary>
/// Diagnoses of part of the persons already in accompaniment, written by the département's agent through the diagnosis
/// service (convention 16): freins spread unevenly across themes and levels, so that the territorial needs against the offer
/// (Pilotage/Maillage) and the education levels of the DREES tables have something to show. Only persons past orientation are
/// diagnosed here: their parcours keeps its step, the demo's orientation story stays as ParcoursDemo wrote it.
/// </summary>
internal static class DiagnosticsDemo
{
    /// <summary>About two persons in five of those with a référent, at most this many per département.</summary>
    private const int Maximum = 300;

    private static readonly NiveauFormation[] Niveaux = [NiveauFormation.Infra3, NiveauFormation.Niveau3, NiveauFormation.Niveau3, NiveauFormation.Niveau4, NiveauFormation.Niveau5];

    public static Task AjouterAsync(IServiceProvider services, int departementId, string code, int graine, CancellationToken ct) =>
        ActeurDemo.AgirAsync(services, departementId, $"agent@{code}.passerelle.test", async scope =>
        {
            var db = scope.GetRequiredService<AppDbContext>();
            var enregistrement = scope.GetRequiredService<EnregistrementDiagnostic>();
            var personnes = await db.Set<DesignationReferent>().Where(d => d.DateFin == null)
                .Where(d => !db.Set<Diagnostic.Diagnostic>().Any(x => x.PersonneId == d.PersonneId))
                .Select(d => d.PersonneId).Distinct().OrderBy(id => id).ToListAsync(ct);
            var hasard = new Random(graine + departementId);
            foreach (var personne in personnes.Where(_ => hasard.NextDouble() < 0.4).Take(Maximum))
            {
                var resultat = await enregistrement.EnregistrerAsync(personne, Saisie(hasard), ct);
                if (!resultat.Reussi) throw new InvalidOperationException($"Diagnostic de démonstration refusé : {string.Join(" ; ", resultat.Erreurs.Values)}");
            }
        });

    /// <summary>Mobility, employment and housing weigh most often, health and language least, as in the seed programmes' diagnoses.</summary>
    private static SaisieDiagnostic Saisie(Random hasard) => new()
    {
        Freins = [.. Enum.GetValues<ThemeFrein>().Select(theme => new SaisieFrein { Niveau = Niveau(hasard, Frequence(theme)).ToString() })],
        NiveauFormation = Niveaux[hasard.Next(Niveaux.Length)].ToString(),
        AnneesExperience = hasard.Next(0, 20),
        DisponibleImmediatement = true,
    };

    private static double Frequence(ThemeFrein theme) => theme switch
    {
        ThemeFrein.Mobilite or ThemeFrein.Emploi => 0.55,
        ThemeFrein.Logement or ThemeFrein.Formation or ThemeFrein.Numerique => 0.35,
        ThemeFrein.Sante or ThemeFrein.LangueSavoirsDeBase => 0.15,
        _ => 0.25,
    };

    private static NiveauFrein Niveau(Random hasard, double frequence)
    {
        var tirage = hasard.NextDouble();
        return tirage < frequence / 2 ? NiveauFrein.Important : tirage < frequence ? NiveauFrein.Leger : NiveauFrein.Aucun;
    }
}
