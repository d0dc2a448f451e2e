using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Support;
using Passerelle.Web.Features.EquipesPluridisciplinaires;

namespace Passerelle.Tests.Features.EquipesPluridisciplinaires.Historique;

/// <summary>
/// EP rows written straight to the database of 49, as the proposing, session and decision services would leave them:
/// this part only reads them. Dates are given by each test, in years of its own.
/// </summary>
internal static class HistoriqueEpDeTest
{
    public static DateOnly J(int annee, int mois, int jour) => new(annee, mois, jour);

    /// <summary>The département's thématique of this nature, created with its usual label when the département has none yet.</summary>
    public static Task<int> ThematiqueAsync(Application app, NatureThematique nature) => app.DansDepartementAsync("49", async db =>
    {
        var existante = await db.Set<ThematiqueEp>().Where(t => t.Nature == nature).Select(t => (int?)t.Id).FirstOrDefaultAsync();
        if (existante is int id) return id;
        var thematique = new ThematiqueEp { Nature = nature, Libelle = nature.LibelleParDefaut(), Ordre = (int)nature + 1 };
        db.Set<ThematiqueEp>().Add(thematique);
        await db.SaveChangesAsync();
        return thematique.Id;
    });

    /// <summary>A session of a new EP of the territoire, held (or in the state given) at 14:00 UTC on <paramref name="jour"/>.</summary>
    public static Task<int> SeanceAsync(Application app, DateOnly jour, int? territoireId = null, StatutSeance statut = StatutSeance.Close, string nom = "EP d'essai") =>
        app.DansDepartementAsync("49", async db =>
        {
            var equipe = new EquipePluridisciplinaire { Nom = $"{nom} {Guid.NewGuid().ToString("N")[..6]}", TerritoireId = territoireId };
            var seance = new SeanceEp { Equipe = equipe, Debut = jour.ToDateTime(new TimeOnly(14, 0), DateTimeKind.Utc), Lieu = "Salle du conseil", Statut = statut };
            db.Set<SeanceEp>().Add(seance);
            await db.SaveChangesAsync();
            return seance.Id;
        });

    /// <summary>A dossier proposed on <paramref name="detecteLe"/>; the test fills in what happened next before <see cref="AjouterAsync"/>.</summary>
    public static DossierEp Dossier(int personneId, int thematiqueId, NatureThematique nature, DateOnly detecteLe, int? territoireId = null, int? seanceId = null) => new()
    {
        PersonneId = personneId,
        ThematiqueEpId = thematiqueId,
        Nature = nature,
        Motif = "Essai de l'historique.",
        DetecteLe = detecteLe,
        CreeLe = detecteLe.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc),
        CreePar = "essai",
        Statut = seanceId is null ? StatutDossierEp.AInscrire : StatutDossierEp.Inscrit,
        TerritoireId = territoireId,
        SeanceEpId = seanceId,
    };

    /// <summary>The EP's opinion, recorded at 16:00 UTC on the day.</summary>
    public static DossierEp Avis(this DossierEp d, TypeDecisionEp avis, DateOnly le)
    {
        (d.Avis, d.AvisLe, d.MotifAvis, d.Statut) = (avis, le.ToDateTime(new TimeOnly(16, 0), DateTimeKind.Utc), "Avis d'essai", StatutDossierEp.AvisRendu);
        return d;
    }

    public static DossierEp Decide(this DossierEp d, TypeDecisionEp decision, DateOnly le, decimal? montant = null, int? duree = null, int? pourcentage = null)
    {
        (d.Decision, d.DecideLe, d.Montant, d.DureeMois, d.Pourcentage, d.Statut) = (decision, le, montant, duree, pourcentage, StatutDossierEp.Decide);
        (d.DateEffet, d.DecideurNom, d.Motivation) = (le.AddDays(10), "Président d'essai", "Motivation d'essai");
        return d;
    }

    public static DossierEp Recours(this DossierEp d, TypeRecours type, DateOnly deposeLe, IssueRecours issue = IssueRecours.EnCours, DateOnly? issueLe = null)
    {
        d.Recours.Add(new RecoursEp { Type = type, DeposeLe = deposeLe, Issue = issue, IssueLe = issueLe, SaisiPar = "essai" });
        if (issue == IssueRecours.DecisionAnnulee) d.AnnuleeSurRecoursLe = issueLe;
        return d;
    }

    public static Task AjouterAsync(Application app, params DossierEp[] dossiers) => app.DansDepartementAsync("49", async db =>
    {
        db.Set<DossierEp>().AddRange(dossiers);
        await db.SaveChangesAsync();
    });

    public static Task RelanceAsync(Application app, int personneId, NatureThematique nature, int rang, DateOnly envoyeeLe) => app.DansDepartementAsync("49", async db =>
    {
        db.Set<RelanceEp>().Add(new RelanceEp { PersonneId = personneId, Nature = nature, DateReference = envoyeeLe.AddDays(-60), Rang = rang, EnvoyeeLe = envoyeeLe, EnvoyeePar = "essai" });
        await db.SaveChangesAsync();
    });

    /// <summary>The territoire of the demo agent limited to one (agent-territoire@49), and another one.</summary>
    public static Task<(int Sien, int Autre)> TerritoiresAsync(Application app) => app.DansDepartementAsync("49", async db =>
    {
        var sien = await db.Habilitations.Where(h => db.Users.Any(u => u.Id == h.UtilisateurId && u.Email == "agent-territoire@49.passerelle.test"))
            .Select(h => h.TerritoireId!.Value).SingleAsync();
        return (sien, await db.Territoires.Where(t => t.Id != sien).OrderBy(t => t.Id).Select(t => t.Id).FirstAsync());
    });
}
