using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Caching.Memory;

namespace Passerelle.Web.Features.Acces;

/// <summary>
/// The sign-in cookie, decrypted once per value. Decrypting it (Data Protection's AES-CBC and HMAC with a key
/// derived per payload) and reading its claims took two thirds of a kept page's time under load (profile,
/// issue 10). A cookie string always decrypts to the same ticket (authenticated encryption), so the ticket is
/// kept a few minutes under that exact string and each request gets its own copy; the cookie handler still
/// checks expiry, and the security stamp, on every request. Strings that do not decrypt are not kept.
/// A key revoked in the key ring stops cookies already read only after <see cref="Duree"/>.
/// </summary>
public sealed class TicketsConnexion(ISecureDataFormat<AuthenticationTicket> chiffrement, IMemoryCache cache) : ISecureDataFormat<AuthenticationTicket>
{
    public static readonly TimeSpan Duree = TimeSpan.FromMinutes(5);

    public string Protect(AuthenticationTicket data) => chiffrement.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => chiffrement.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (protectedText is null) return null;
        var cle = (nameof(TicketsConnexion), purpose, protectedText);
        if (!cache.TryGetValue(cle, out AuthenticationTicket? ticket) || ticket is null)
        {
            ticket = chiffrement.Unprotect(protectedText, purpose);
            if (ticket is null) return null;
            cache.Set(cle, ticket, Duree);
        }
        // ClaimsPrincipal.Clone shares its identities: each is copied so that a request adding a claim changes only its own.
        return new AuthenticationTicket(new System.Security.Claims.ClaimsPrincipal(ticket.Principal.Identities.Select(i => i.Clone())),
            ticket.Properties.Clone(), ticket.AuthenticationScheme);
    }
}
