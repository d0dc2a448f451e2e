using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Memory;
using Passerelle.Web.Features.Acces;

namespace Passerelle.Tests.Features.Acces;

/// <summary>The sign-in cookie read once per value must still refuse what does not decrypt and never share a ticket between requests.</summary>
public sealed class TicketsConnexionTests : IDisposable
{
    private readonly MemoryCache memoire = new(new MemoryCacheOptions());
    private readonly TicketDataFormat chiffrement = new(new EphemeralDataProtectionProvider().CreateProtector("test"));

    private static AuthenticationTicket Ticket(string nom) =>
        new(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, nom)], "test")), new AuthenticationProperties { IssuedUtc = DateTimeOffset.UnixEpoch }, "test");

    [Fact]
    public void Meme_cookie_lu_deux_fois_donne_deux_copies_du_meme_ticket()
    {
        var tickets = new TicketsConnexion(chiffrement, memoire);
        var cookie = tickets.Protect(Ticket("agent@49"));
        var premier = tickets.Unprotect(cookie)!;
        premier.Properties.IssuedUtc = DateTimeOffset.MaxValue;
        ((ClaimsIdentity)premier.Principal.Identity!).AddClaim(new Claim("ajout", "oui"));
        var second = tickets.Unprotect(cookie)!;
        Assert.Equal("agent@49", second.Principal.Identity!.Name);
        Assert.Equal(DateTimeOffset.UnixEpoch, second.Properties.IssuedUtc);
        Assert.Null(second.Principal.FindFirst("ajout"));
    }

    [Fact]
    public void Cookie_altere_ou_inconnu_est_refuse_et_pas_garde()
    {
        var tickets = new TicketsConnexion(chiffrement, memoire);
        var cookie = tickets.Protect(Ticket("agent@49"));
        Assert.NotNull(tickets.Unprotect(cookie));
        var altere = cookie[..^2] + (cookie[^2] == 'A' ? "B" : "A") + cookie[^1];
        Assert.Null(tickets.Unprotect(altere));
        Assert.Null(tickets.Unprotect("pas-un-cookie"));
        Assert.Equal(1, memoire.Count);
    }

    public void Dispose() => memoire.Dispose();
}
