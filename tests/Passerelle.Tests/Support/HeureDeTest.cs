using Passerelle.Web.Platform;

namespace Passerelle.Tests.Support;

/// <summary>The legal time of the test départements (49 and 37: Paris), read from the real clock as the application does.</summary>
public static class HeureDeTest
{
    public static DateTime Paris(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), FuseauxDepartements.Paris);

    public static DateOnly Aujourdhui => DateOnly.FromDateTime(Paris(MaintenantUtc));

    /// <summary>The instant the application's real clock reads, for data a test dates as the application would.</summary>
    public static DateTime MaintenantUtc => DateTime.UtcNow;
}
