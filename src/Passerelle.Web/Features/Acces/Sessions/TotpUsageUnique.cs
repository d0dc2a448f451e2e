using Microsoft.AspNetCore.Identity;
using OtpNet;
using Passerelle.Web.Features.Utilisateurs;

namespace Passerelle.Web.Features.Acces.Sessions;

/// <summary>
/// The authenticator app's codes (RFC 6238, one step either side for clock drift), each accepted once: the time
/// step of the last accepted code is kept on the account and a code of that step or an earlier one is refused,
/// so a code seen over a shoulder or in a proxy log cannot be replayed. Two requests racing with the same code
/// both write the account; its concurrency stamp lets only one succeed.
/// </summary>
internal sealed class TotpUsageUnique(TimeProvider horloge) : IUserTwoFactorTokenProvider<Utilisateur>
{
    private static readonly VerificationWindow Fenetre = new(previous: 1, future: 1);

    public Task<string> GenerateAsync(string purpose, UserManager<Utilisateur> manager, Utilisateur user) => Task.FromResult("");

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<Utilisateur> manager, Utilisateur user) =>
        !string.IsNullOrEmpty(await manager.GetAuthenticatorKeyAsync(user));

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<Utilisateur> manager, Utilisateur user)
    {
        var cle = await manager.GetAuthenticatorKeyAsync(user);
        var code = token.Replace(" ", "", StringComparison.Ordinal);
        if (string.IsNullOrEmpty(cle) || code.Length != 6 || !code.All(char.IsAsciiDigit)) return false;
        var totp = new Totp(Base32Encoding.ToBytes(cle));
        if (!totp.VerifyTotp(horloge.GetUtcNow().UtcDateTime, code, out var pas, Fenetre) || pas <= (user.DernierPasTotp ?? long.MinValue))
            return false;
        user.DernierPasTotp = pas;
        return (await manager.UpdateAsync(user)).Succeeded;
    }
}
