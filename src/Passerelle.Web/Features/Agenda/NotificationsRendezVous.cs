namespace Passerelle.Web.Features.Agenda;

/// <summary>
/// The messages of an invitation or a convocation (letter, e-mail, SMS). Wired to the delivery
/// journal when the outbound-communication block lands; until then nothing is sent and the
/// returned summary is empty.
/// </summary>
public sealed class NotificationsRendezVous
{
    /// <returns>A French summary of what was sent, for the action's message.</returns>
    public Task<string> InvitationAsync(int invitationId, CancellationToken ct) => Task.FromResult("");

    /// <returns>A French summary of what was sent, for the action's message.</returns>
    public Task<string> ConvocationAsync(int rendezVousId, CancellationToken ct) => Task.FromResult("");
}
