namespace Passerelle.Web.Features.Agenda.Reservation;

/// <summary>Audit journal actions of the public booking page.</summary>
public static class ActionsReservation
{
    public const string Reservation = "reservation-en-ligne";
    public const string Annulation = "reservation-annulee-en-ligne";
    public const string DateNaissanceErronee = "reservation-date-naissance-erronee";
}
