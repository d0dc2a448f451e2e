namespace Passerelle.Web.Features.Agenda.Reservation;

/// <summary>
/// The throttle of the second factor (decision 0015): a birth date has about 25,000 plausible
/// values, so a link locks after a few wrong ones, and one address cannot try many links.
/// </summary>
public static class RegleEssais
{
    public const int EchecsParLien = 5;
    public static readonly TimeSpan BlocageLien = TimeSpan.FromMinutes(30);
    public const int EchecsParAdresse = 20;
    public static readonly TimeSpan FenetreAdresse = TimeSpan.FromMinutes(15);
    /// <summary>How long the page stays open after the birth date was confirmed.</summary>
    public static readonly TimeSpan DureeSession = TimeSpan.FromMinutes(30);
}
