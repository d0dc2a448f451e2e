using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Passerelle.Web.Features.Audit;

/// <summary>The journal's search criteria; dates are days in French legal time, both inclusive.</summary>
public sealed class FiltreJournal
{
    public DateOnly? Du { get; set; }
    public DateOnly? Au { get; set; }
    public string? Action { get; set; }
    public string? Utilisateur { get; set; }
    public string? Objet { get; set; }
    public string? ObjetId { get; set; }

    public bool Verifier(ModelStateDictionary etat, string prefixe)
    {
        if (Du is DateOnly du && Au is DateOnly au && du > au)
            etat.AddModelError($"{prefixe}.{nameof(Au)}", "La date de fin doit être postérieure ou égale à la date de début.");
        return etat.IsValid;
    }

    public IQueryable<AuditEntry> Appliquer(IQueryable<AuditEntry> journal)
    {
        if (Du is DateOnly du)
        {
            var debut = HeureLegale.DebutDuJourUtc(du);
            journal = journal.Where(a => a.Horodatage >= debut);
        }
        if (Au is DateOnly au)
        {
            var fin = HeureLegale.DebutDuJourUtc(au.AddDays(1));
            journal = journal.Where(a => a.Horodatage < fin);
        }
        if (!string.IsNullOrWhiteSpace(Action)) journal = journal.Where(a => a.Action == Action);
        if (!string.IsNullOrWhiteSpace(Utilisateur))
        {
            var texte = Utilisateur.Trim().ToLowerInvariant();
            journal = journal.Where(a => a.Utilisateur != null && a.Utilisateur.ToLower().Contains(texte));
        }
        if (!string.IsNullOrWhiteSpace(Objet)) journal = journal.Where(a => a.Objet == Objet);
        if (!string.IsNullOrWhiteSpace(ObjetId))
        {
            var id = ObjetId.Trim();
            journal = journal.Where(a => a.ObjetId == id);
        }
        return journal.OrderByDescending(a => a.Horodatage).ThenByDescending(a => a.Id);
    }
}

/// <summary>The journal stores UTC; people read and search it in Paris time.</summary>
public static class HeureLegale
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static DateTime DebutDuJourUtc(DateOnly jour) =>
        TimeZoneInfo.ConvertTimeToUtc(jour.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Paris);

    public static DateTime VersParis(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Paris);

    /// <summary>The calendar day in metropolitan France of a UTC instant: deadlines and appointment days are French days, whatever the server's zone.</summary>
    public static DateOnly Jour(DateTime utc) => DateOnly.FromDateTime(VersParis(utc));

    public static DateOnly Aujourdhui(TimeProvider clock) => Jour(clock.GetUtcNow().UtcDateTime);

    /// <summary>A date and time typed by a user in France, as a UTC instant.</summary>
    public static DateTime DepuisParis(DateOnly jour, TimeOnly heure) =>
        TimeZoneInfo.ConvertTimeToUtc(jour.ToDateTime(heure, DateTimeKind.Unspecified), Paris);
}
