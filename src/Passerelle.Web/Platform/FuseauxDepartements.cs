using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Data;

namespace Passerelle.Web.Platform;

/// <summary>
/// The legal time zone of each département, from its INSEE code: the overseas départements keep
/// their own legal time (décret 2019-1413 for Mayotte and the others' long-standing zones), every
/// other one is on Paris time. A département's code never changes once created, so the zone is
/// read once per département and process.
/// </summary>
public sealed class FuseauxDepartements(IServiceScopeFactory scopes)
{
    public static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    private readonly ConcurrentDictionary<int, TimeZoneInfo> parDepartement = new();

    public static TimeZoneInfo DuCode(string code) => TimeZoneInfo.FindSystemTimeZoneById(code switch
    {
        "971" => "America/Guadeloupe",
        "972" => "America/Martinique",
        "973" => "America/Cayenne",
        "974" => "Indian/Reunion",
        "975" => "America/Miquelon",
        "976" => "Indian/Mayotte",
        _ => "Europe/Paris",
    });

    /// <summary>Paris when no département is current (sign-in page, platform administration).</summary>
    public TimeZoneInfo De(int? departementId) =>
        departementId is { } id ? parDepartement.GetOrAdd(id, Charger) : Paris;

    private TimeZoneInfo Charger(int departementId)
    {
        using var scope = scopes.CreateScope();
        var code = scope.ServiceProvider.GetRequiredService<AppDbContext>().Departements.AsNoTracking()
            .Where(d => d.Id == departementId).Select(d => d.Code).SingleOrDefault();
        return code is null ? Paris : DuCode(code);
    }
}
