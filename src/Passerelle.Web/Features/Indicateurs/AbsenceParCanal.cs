using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;
using Passerelle.Web.Features.Agenda;
using Passerelle.Web.Features.Envois;
using Passerelle.Web.Platform;

namespace Passerelle.Web.Features.Indicateurs;

/// <summary>How the person learnt of the appointment (docs/indicators.md, « Absentéisme par canal »).</summary>
public enum CanalRendezVous { EnLigne, Sms, Email, Courrier }

public sealed record AbsenceCanal(CanalRendezVous Canal, int Honores, int Absents, int Excuses)
{
    public int Base => Honores + Absents + Excuses;
    public Mesure TauxHonores => Mesure.Pourcentage(Honores, Base, true);
    public Mesure TauxAbsence => Mesure.Pourcentage(Absents, Base, true);

    public string Libelle => Canal switch
    {
        CanalRendezVous.EnLigne => "Réservé en ligne par la personne",
        CanalRendezVous.Sms => "Convocation reçue par SMS",
        CanalRendezVous.Email => "Convocation reçue par e-mail (sans SMS)",
        _ => "Convocation par courrier seulement",
    };
}

/// <summary>
/// Honoured and missed appointments of the period by channel: booked online through an invitation link
/// (the person chose the time), else the convocation's best channel delivered to the provider: SMS, then
/// e-mail, else the letter alone. One row per appointment is read (its status, whether the person booked
/// it, and whether its convocation went by SMS or e-mail, from the delivery journal's unique key).
/// </summary>
public sealed class AbsenceParCanal(AppDbContext db, HeureLegale heure)
{
    private static readonly StatutRendezVous[] Comptes = [StatutRendezVous.Honore, StatutRendezVous.Absent, StatutRendezVous.Excuse];

    public async Task<IReadOnlyList<AbsenceCanal>> CalculerAsync(Periode periode, Portee portee, CancellationToken ct)
    {
        var (debut, fin) = (heure.DebutDuJourUtc(periode.Du), heure.DebutDuJourUtc(periode.Au.AddDays(1)));
        var rendezVous = db.Set<RendezVous>().AsNoTracking().Where(r => r.Debut >= debut && r.Debut < fin && Comptes.Contains(r.Statut));
        if (portee.Territoires is { } territoires)
            rendezVous = rendezVous.Where(r => db.Personnes.Any(p => p.Id == r.PersonneId && p.DossierCourant!.TerritoireId != null && territoires.Contains(p.DossierCourant.TerritoireId.Value)));
        var envoyes = db.Set<Envoi>().Where(e => e.Statut == StatutEnvoi.Envoye);
        var lignes = await rendezVous.Select(r => new
        {
            r.Statut,
            r.Convocation,
            Sms = envoyes.Any(e => e.Cle == "convocation:" + r.Id && e.Canal == CanalEnvoi.Sms),
            Email = envoyes.Any(e => e.Cle == "convocation:" + r.Id && e.Canal == CanalEnvoi.Email),
        }).ToListAsync(ct);
        return Enum.GetValues<CanalRendezVous>().Select(canal =>
        {
            var du = lignes.Where(l => (!l.Convocation ? CanalRendezVous.EnLigne : l.Sms ? CanalRendezVous.Sms : l.Email ? CanalRendezVous.Email : CanalRendezVous.Courrier) == canal).ToList();
            return new AbsenceCanal(canal, du.Count(l => l.Statut == StatutRendezVous.Honore), du.Count(l => l.Statut == StatutRendezVous.Absent), du.Count(l => l.Statut == StatutRendezVous.Excuse));
        }).ToList();
    }
}
