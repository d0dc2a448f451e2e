using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Features.Agenda;
using Passerelle.Web.Features.EquipesPluridisciplinaires;
using Passerelle.Web.Features.Orientation;

namespace Passerelle.Bench;

/// <summary>
/// Issue 15's detection data on the measured département, after <see cref="GenerateurParcours"/>: the reminders already
/// sent to persons oriented without contract (each due one sent to seven in ten, on its due day, by the default
/// calendar 60 / +30 / +30), unexcused absences (one to three in the last six months for one person in ten), and an
/// open « sans contrat » EP dossier for one in fifty of those oriented without contract, which the queue must leave out.
/// </summary>
internal static class GenerateurDetection
{
    public sealed record Volumes(int Relances, int Absences, int Dossiers);

    public static async Task<Volumes> EcrireAsync(string provider, string connexion, int departementId, DateOnly aujourdhui, int graine)
    {
        await using var db = BancFiles.Contexte(provider, connexion, departementId);
        var hasard = new Random(graine);
        var regles = new ReglesEp();
        var thematiques = NatureThematiqueRegles.ParDefaut().ToList();
        db.AddRange(thematiques);
        await db.SaveChangesAsync();
        var sansContrat = thematiques.Single(t => t.Nature == NatureThematique.SansContrat).Id;
        var parcours = await db.Set<Parcours>().AsNoTracking().Where(p => p.DateCloture == null)
            .Select(p => new { p.PersonneId, p.DateOrientation, p.DateContrat, p.TerritoireId, p.StructureId }).ToListAsync();
        var (relances, absences, dossiers) = (0, 0, 0);
        foreach (var (p, i) in parcours.Select((p, i) => (p, i)))
        {
            if (p.DateOrientation is DateOnly orientation && p.DateContrat is null)
            {
                for (var rang = 1; rang <= regles.NombreRelances && regles.EcheanceRelance(orientation, rang) <= aujourdhui && hasard.NextDouble() < 0.7; rang++, relances++)
                    db.Add(new RelanceEp
                    {
                        PersonneId = p.PersonneId,
                        Nature = NatureThematique.SansContrat,
                        DateReference = orientation,
                        Rang = rang,
                        EnvoyeeLe = regles.EcheanceRelance(orientation, rang),
                        EnvoyeePar = "banc d'essai",
                    });
                if (hasard.NextDouble() < 0.02)
                {
                    dossiers++;
                    db.Add(new DossierEp
                    {
                        PersonneId = p.PersonneId,
                        TerritoireId = p.TerritoireId,
                        ThematiqueEpId = sansContrat,
                        Nature = NatureThematique.SansContrat,
                        Motif = "Dossier généré par le banc d'essai.",
                        DetecteLe = aujourdhui,
                        CreeLe = HorlogeBanc.MaintenantUtc,
                        CreePar = "banc d'essai",
                        Statut = StatutDossierEp.AInscrire,
                    });
                }
            }
            if (hasard.NextDouble() < 0.1)
                for (var n = hasard.Next(1, 4); n > 0; n--, absences++)
                    db.Add(new RendezVous
                    {
                        PersonneId = p.PersonneId,
                        Type = TypeRendezVous.Suivi,
                        Lieu = "Accueil de la structure",
                        StructureId = p.StructureId,
                        Convocation = true,
                        Debut = aujourdhui.AddDays(-hasard.Next(1, 180)).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc),
                        Statut = StatutRendezVous.Absent,
                        StatutPar = "banc d'essai",
                        CreePar = "banc d'essai",
                        CreeLe = HorlogeBanc.MaintenantUtc,
                    });
            if (i % 5_000 == 4_999)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }
        await db.SaveChangesAsync();
        return new Volumes(relances, absences, dossiers);
    }
}
