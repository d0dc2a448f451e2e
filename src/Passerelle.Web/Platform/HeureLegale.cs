using System.Globalization;
using Passerelle.Web.Data;

namespace Passerelle.Web.Platform;

/// <summary>
/// The one clock of the application: "now" from the injected <see cref="TimeProvider"/>, read in the
/// legal time of the current département (metropolitan France, or the overseas département's own
/// zone). The database stores UTC instants; every "today", deadline day, appointment day and date
/// shown to users goes through here, so a server running in UTC gives the same day as the agents'
/// wall clock (at 00:30 in Paris it is already tomorrow, while UTC still says yesterday).
/// </summary>
public sealed class HeureLegale(TimeProvider horloge, ITenantContext departement, FuseauxDepartements fuseaux)
{
    private TimeZoneInfo? fuseau;

    public TimeZoneInfo Fuseau => fuseau ??= fuseaux.De(departement.DepartementId);

    public DateTime MaintenantUtc => horloge.GetUtcNow().UtcDateTime;

    /// <summary>The département's calendar day now.</summary>
    public DateOnly Aujourdhui => Jour(MaintenantUtc);

    /// <summary>The département's wall-clock time now.</summary>
    public DateTime Maintenant => Local(MaintenantUtc);

    public DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Fuseau);

    /// <summary>The calendar day of a UTC instant in the département.</summary>
    public DateOnly Jour(DateTime utc) => DateOnly.FromDateTime(Local(utc));

    /// <summary>A day and time typed by a user of the département, as a UTC instant.</summary>
    public DateTime VersUtc(DateOnly jour, TimeOnly heure) =>
        TimeZoneInfo.ConvertTimeToUtc(jour.ToDateTime(heure, DateTimeKind.Unspecified), Fuseau);

    /// <summary>The UTC instant a département day starts: the lower bound of "on that day" searches.</summary>
    public DateTime DebutDuJourUtc(DateOnly jour) => VersUtc(jour, TimeOnly.MinValue);

    /// <summary>An instant as users read it: "03/12/2026 14:05".</summary>
    public string Horodatage(DateTime utc) => Local(utc).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>An instant as letters and sentences say it: "03/12/2026 à 14:05".</summary>
    public string DateEtHeure(DateTime utc) => Local(utc).ToString("dd/MM/yyyy 'à' HH:mm", CultureInfo.InvariantCulture);
}

public static class HeureLegaleRegistration
{
    /// <summary>The system clock (tests replace it) and the département's legal time read from it.</summary>
    public static IServiceCollection AddHeureLegale(this IServiceCollection services) => services
        .AddSingleton(TimeProvider.System)
        .AddSingleton<FuseauxDepartements>()
        .AddScoped<HeureLegale>();
}
