using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace Passerelle.Web.Platform;

public static class Journalisation
{
    /// <summary>
    /// Serilog to the console, text or JSON (<c>Logging:Format</c>). Log ids, never persons:
    /// request logging writes the path without its query string, which may carry searched names.
    /// </summary>
    public static void AddJournalisation(this WebApplicationBuilder builder)
    {
        var json = string.Equals(builder.Configuration["Logging:Format"], "json", StringComparison.OrdinalIgnoreCase);
        var level = Enum.TryParse<LogEventLevel>(builder.Configuration["Logging:MinimumLevel"], out var l) ? l : LogEventLevel.Information;
        builder.Services.AddSerilog(lc =>
        {
            lc.MinimumLevel.Is(level)
                .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
                .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
                // Diagnostic:Sql logs each command's text and duration (values stay parameters, never logged).
                .MinimumLevel.Override("Microsoft.EntityFrameworkCore.Database.Command",
                    builder.Configuration.GetValue<bool>("Diagnostic:Sql") ? LogEventLevel.Information : LogEventLevel.Warning)
                .Enrich.FromLogContext();
            if (json) lc.WriteTo.Console(new CompactJsonFormatter());
            else lc.WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture);
        });
    }
}
