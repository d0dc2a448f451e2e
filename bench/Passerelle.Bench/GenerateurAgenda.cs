using Passerelle.Web.Data;
using Passerelle.Web.Features.Agenda;

namespace Passerelle.Bench;

/// <summary>
/// The coming slots of the agendas: each référent two individual slots per working day for the next
/// <see cref="Jours"/> days, most already booked, and each structure a weekly information collective.
/// Gives the agenda pages and the person page's slot list the content they have in real use.
/// </summary>
internal sealed class GenerateurAgenda(DateOnly aujourdhui, Random hasard)
{
    private const int Jours = 28;

    /// <returns>The number of slots written.</returns>
    public async Task<int> GenererAsync(EcritureEnsembliste ecriture, IReadOnlyDictionary<int, List<string>> referentsParStructure)
    {
        var nombre = 0;
        for (var jour = aujourdhui.AddDays(1); jour <= aujourdhui.AddDays(Jours); jour = jour.AddDays(1))
        {
            if (jour.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) continue;
            foreach (var (structureId, referents) in referentsParStructure)
            {
                foreach (var referentId in referents)
                    foreach (var heure in new[] { 9, 14 })
                        nombre += Ajouter(ecriture, Creneau(structureId, referentId, TypeRendezVous.Suivi, jour, heure, 1, hasard.NextDouble() < 0.7 ? 1 : 0));
                if (jour.DayOfWeek == DayOfWeek.Tuesday)
                    nombre += Ajouter(ecriture, Creneau(structureId, null, TypeRendezVous.InformationCollective, jour, 10, 12, hasard.Next(0, 13)));
            }
        }
        await ecriture.EcrireAsync();
        return nombre;
    }

    private static int Ajouter(EcritureEnsembliste ecriture, Creneau creneau)
    {
        ecriture.Ajouter(creneau);
        return 1;
    }

    private static Creneau Creneau(int structureId, string? referentId, TypeRendezVous type, DateOnly jour, int heure, int capacite, int occupes) => new()
    {
        StructureId = structureId,
        ReferentId = referentId,
        Type = type,
        Debut = jour.ToDateTime(new TimeOnly(heure, 0), DateTimeKind.Utc),
        DureeMinutes = type == TypeRendezVous.InformationCollective ? 120 : 45,
        Lieu = type == TypeRendezVous.InformationCollective ? "Salle de réunion de la structure" : "Accueil de la structure",
        Capacite = capacite,
        Occupes = occupes,
    };
}
