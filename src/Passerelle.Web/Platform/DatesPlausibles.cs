namespace Passerelle.Web.Platform;

/// <summary>
/// The dates a user may type in a search or period filter. Nothing the application holds lies
/// before 1900 or after 2999, and the day arithmetic of a period (end of day = next day's start)
/// overflows at the calendar's ends: such a date is refused with a French message, not a 500.
/// </summary>
public static class DatesPlausibles
{
    public static readonly DateOnly Minimum = new(1900, 1, 1);
    public static readonly DateOnly Maximum = new(2999, 12, 31);

    public const string Message = "La date doit être comprise entre 1900 et 2999.";

    public static bool Accepte(DateOnly? date) => date is not DateOnly d || (d >= Minimum && d <= Maximum);
}
