using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Features.Employeurs;
using Passerelle.Web.Features.OffresEmploi;
using Passerelle.Web.Features.Orientation;
using Passerelle.Web.Features.Territoires;

namespace Passerelle.Bench;

/// <summary>
/// Issue 16's offers at département scale: <see cref="Offres"/> job offers of the demo employers in communes of the
/// département (four in five still open, published over the last year), and <see cref="MisesEnRelation"/> mises en
/// relation of persons with an open parcours by their référent, spread over the steps. Through the change tracker: seconds.
/// </summary>
internal static class GenerateurOffresEmploi
{
    public const int Offres = 2_000, MisesEnRelation = 20_000;

    private static readonly string[] Romes = ["K1302", "K2204", "N1103", "N4101", "G1602", "G1501", "D1106", "H2102", "J1301", "A1203", "F1701", "K1304"];

    public static async Task<(int Offres, int MisesEnRelation)> EcrireAsync(string provider, string connexion, int departementId, DateOnly aujourdhui, int graine)
    {
        await using var db = BancFiles.Contexte(provider, connexion, departementId);
        var hasard = new Random(graine);
        var employeurs = await db.Set<Employeur>().Select(e => e.Id).ToListAsync();
        var communes = await db.Set<TerritoireCommune>().Select(t => new { t.CodeInsee, t.TerritoireId }).ToListAsync();
        if (employeurs.Count == 0 || communes.Count == 0) return (0, 0);
        var contrats = Enum.GetValues<TypeContratOffre>();
        var offres = new List<OffreEmploi>(Offres);
        for (var n = 0; n < Offres; n++)
        {
            var commune = communes[hasard.Next(communes.Count)];
            var contrat = contrats[hasard.Next(contrats.Length)];
            var publication = aujourdhui.AddDays(-hasard.Next(0, 365));
            offres.Add(new OffreEmploi
            {
                EmployeurId = employeurs[hasard.Next(employeurs.Count)],
                Intitule = $"Offre {n + 1} du banc",
                CodeRome = Romes[hasard.Next(Romes.Length)],
                TypeContrat = contrat,
                DureeMois = contrat == TypeContratOffre.Cdi ? null : hasard.Next(1, 25),
                HeuresHebdomadaires = hasard.Next(15, 40),
                CodeInsee = commune.CodeInsee,
                // One in twenty in a commune left outside the territoires: published to the whole département.
                TerritoireId = hasard.NextDouble() < 0.05 ? null : commune.TerritoireId,
                NombrePostes = hasard.Next(1, 4),
                DatePublication = publication,
                DateLimite = publication.AddMonths(2),
                Statut = hasard.NextDouble() < 0.8 ? StatutOffre.Ouverte : StatutOffre.Pourvue,
                CreeLe = HorlogeBanc.MaintenantUtc,
                CreePar = "banc d'essai",
                ModifieLe = HorlogeBanc.MaintenantUtc,
            });
        }
        db.AddRange(offres);
        await db.SaveChangesAsync();
        var parcours = await db.Set<Parcours>().Where(p => p.DateCloture == null && p.ReferentId != null)
            .Select(p => new { p.Id, p.PersonneId, p.ReferentId, p.Public }).Take(100_000).ToListAsync();
        if (parcours.Count == 0) return (Offres, 0);
        var deja = new HashSet<(int, int)>();
        var statuts = Enum.GetValues<StatutMiseEnRelation>();
        var ecrites = 0;
        for (var n = 0; n < MisesEnRelation * 2 && ecrites < MisesEnRelation; n++)
        {
            var offre = offres[hasard.Next(offres.Count)];
            var p = parcours[hasard.Next(parcours.Count)];
            if (!deja.Add((offre.Id, p.PersonneId))) continue;
            var statut = statuts[hasard.Next(statuts.Length)];
            var proposee = offre.DatePublication.AddDays(hasard.Next(0, 30));
            db.Add(new MiseEnRelation
            {
                OffreEmploiId = offre.Id,
                PersonneId = p.PersonneId,
                ParcoursId = p.Id,
                ReferentId = p.ReferentId!,
                Rsa = p.Public == Parcours.PublicRsa,
                Statut = statut,
                DateProposition = proposee,
                DateEntretien = statut is StatutMiseEnRelation.Entretien or StatutMiseEnRelation.Embauchee or StatutMiseEnRelation.NonRetenue ? proposee.AddDays(7) : null,
                TypeContrat = statut == StatutMiseEnRelation.Embauchee ? offre.TypeContrat : null,
                DateDebut = statut == StatutMiseEnRelation.Embauchee ? proposee.AddDays(14) : null,
                DureeMois = statut == StatutMiseEnRelation.Embauchee ? offre.DureeMois : null,
                Motif = statut == StatutMiseEnRelation.NonRetenue ? MotifNonRetenue.ProfilNonAdapte : null,
                ModifieLe = HorlogeBanc.MaintenantUtc,
                ModifiePar = "banc d'essai",
            });
            if (++ecrites % 5_000 == 0) { await db.SaveChangesAsync(); db.ChangeTracker.Clear(); }
        }
        await db.SaveChangesAsync();
        return (Offres, ecrites);
    }
}
