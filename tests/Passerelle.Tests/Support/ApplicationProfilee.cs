using Microsoft.AspNetCore.Hosting;

namespace Passerelle.Tests.Support;

/// <summary>The application with the request profile on: each response says in Server-Timing how many SQL commands it ran.</summary>
public sealed class ApplicationProfilee : Application
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Diagnostic:ServerTiming", "true");
    }

    /// <summary>The number of SQL commands the response reports, or null without the header.</summary>
    public static int? Commandes(HttpResponseMessage reponse) =>
        reponse.Headers.TryGetValues("Server-Timing", out var valeurs)
        && System.Text.RegularExpressions.Regex.Match(string.Join(", ", valeurs), "desc=\"(\\d+) commandes\"") is { Success: true } m
            ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
            : null;
}
