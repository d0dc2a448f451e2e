using Passerelle.Web.Platform;

namespace Passerelle.Bench;

/// <summary>The bench's clock: the system's, read as the application reads it (UTC instants, Paris days for the 49).</summary>
internal static class HorlogeBanc
{
    public static DateTime MaintenantUtc => TimeProvider.System.GetUtcNow().UtcDateTime;

    public static DateOnly AujourdhuiParis => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(MaintenantUtc, FuseauxDepartements.Paris));
}
